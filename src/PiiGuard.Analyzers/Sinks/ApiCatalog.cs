using System.Collections.Immutable;

namespace PiiGuard.Analyzers.Sinks;

/// <summary>
/// What the flow engine knows about framework APIs that are not sinks: which calls put data into their receiver, which
/// empty it, which format their arguments into text, which carry nothing, where a request keeps its URL. Kept as data
/// next to <see cref="SinkCatalog"/> and resolved per compilation through <see cref="Model.WellKnownTypes"/>, so a new
/// API is a row here, not a special case in the walker.
/// </summary>
internal static class ApiCatalog
{
    /// <summary>Methods that store their arguments in the receiver (<c>list.Add(x)</c>, <c>sb.Append(x)</c>).</summary>
    public static ImmutableHashSet<string> Mutators { get; } = ImmutableHashSet.Create(
        "Add", "AddRange", "Insert", "InsertRange", "Push", "Enqueue", "Append", "AppendLine", "AppendFormat", "TryAdd", "Write", "WriteLine", "Set");

    /// <summary>Methods that copy the receiver (or an extension's source) into an argument (<c>span.CopyTo(buffer)</c>).</summary>
    public static ImmutableHashSet<string> CopiesToArgument { get; } = ImmutableHashSet.Create("CopyTo", "TryCopyTo");

    /// <summary>Parameterless methods that empty the receiver (<c>sb.Clear()</c>, <c>list.Clear()</c>).</summary>
    public static ImmutableHashSet<string> Cleaners { get; } = ImmutableHashSet.Create("Clear");

    /// <summary>Parameterless methods whose result carries nothing of the receiver (a type, a hash).</summary>
    public static ImmutableHashSet<string> DataFree { get; } = ImmutableHashSet.Create("GetType", "GetHashCode");

    /// <summary>Methods, on any type, that format their arguments into text (a record argument prints its members).</summary>
    public static ImmutableHashSet<string> FormattingMethods { get; } = ImmutableHashSet.Create("ToString", "Format", "Concat", "Join", "Create");

    /// <summary>Types whose every method formats its arguments into text (besides <see cref="string"/> itself).</summary>
    public static ImmutableArray<string> FormattingTypes { get; } = ImmutableArray.Create(
        "System.Text.StringBuilder", "System.Convert", "System.FormattableString", "System.IO.TextWriter");

    /// <summary>Awaitables whose result is the value a call hands back.</summary>
    public static ImmutableArray<string> Awaitables { get; } = ImmutableArray.Create(
        "System.Threading.Tasks.Task`1", "System.Threading.Tasks.ValueTask`1");

    /// <summary>Ignore attributes, one per serializer family: a member carrying one is not written.</summary>
    public const string JsonIgnoreAttribute = "System.Text.Json.Serialization.JsonIgnoreAttribute";

    /// <summary>Newtonsoft.Json's ignore attribute.</summary>
    public const string NewtonsoftJsonIgnoreAttribute = "Newtonsoft.Json.JsonIgnoreAttribute";

    /// <summary>DataContract serializers' ignore attribute.</summary>
    public const string IgnoreDataMemberAttribute = "System.Runtime.Serialization.IgnoreDataMemberAttribute";

    /// <summary>XmlSerializer's ignore attribute.</summary>
    public const string XmlIgnoreAttribute = "System.Xml.Serialization.XmlIgnoreAttribute";

    /// <summary>Microsoft.Extensions.Compliance's redactor: <c>Redact</c> results carry no personal data.</summary>
    public const string ComplianceRedactorType = "Microsoft.Extensions.Compliance.Redaction.Redactor";

    /// <summary>Marks compiler-generated members (a record's <c>EqualityContract</c>, backing fields).</summary>
    public const string CompilerGeneratedAttribute = "System.Runtime.CompilerServices.CompilerGeneratedAttribute";

    /// <summary><c>[LoggerMessage]</c>: the method is a log sink with the attribute's template.</summary>
    public const string LoggerMessageAttribute = "Microsoft.Extensions.Logging.LoggerMessageAttribute";

    /// <summary>The MEL logger: <c>LoggerMessage.Define</c> delegates take it first.</summary>
    public const string MelLoggerType = "Microsoft.Extensions.Logging.ILogger";

    /// <summary>The HTTP client (plumbing as an argument; a send as a receiver).</summary>
    public const string HttpClientType = "System.Net.Http.HttpClient";

    /// <summary>The base of exceptions: string arguments of their constructors become messages that are logged.</summary>
    public const string ExceptionType = "System.Exception";

    /// <summary>The console, whose <c>Out</c> and <c>Error</c> writers are log sinks (other writers are not).</summary>
    public const string ConsoleType = "System.Console";

    /// <summary>The console's writer properties.</summary>
    public static ImmutableHashSet<string> ConsoleWriters { get; } = ImmutableHashSet.Create("Out", "Error");

    /// <summary>A request message built inline or in a local: its URL places a <c>SendAsync(request)</c>.</summary>
    public const string RequestMessageType = "System.Net.Http.HttpRequestMessage";

    /// <summary>The request message constructor's URL parameter.</summary>
    public const string RequestUriParameter = "requestUri";

    /// <summary>HTTP content that serializes an object (<c>JsonContent.Create(value)</c>): a send of the whole object.</summary>
    public const string JsonContentType = "System.Net.Http.Json.JsonContent";

    /// <summary>The factory method of <see cref="JsonContentType"/>; its first parameter is the serialized value.</summary>
    public const string JsonContentFactory = "Create";

    /// <summary>A URL object: its first constructor argument is the URL text.</summary>
    public const string UriType = "System.Uri";
}
