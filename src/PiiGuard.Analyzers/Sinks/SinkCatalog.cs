using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PiiGuard.Analyzers.Sinks;

/// <summary>Where personal data ends up.</summary>
internal enum SinkKind
{
    Log,
    Serialize,
    Send,

    /// <summary>Written to a store (database, cache, file, cookie): placed by <c>[PiiStorage]</c>, judged by the storage rules.</summary>
    Store,
}

/// <summary>Which ignore attributes a serializer honours.</summary>
internal enum SerializerFamily
{
    None,
    SystemTextJson,
    Newtonsoft,
    Xml,
    DataContract,
}

/// <summary>
/// One catalogue row: the methods of a type that are sinks. Arguments are data unless their parameter type is
/// plumbing (loggers, levels, options, tokens, writers); <see cref="DataParameters"/> narrows that to named parameters.
/// </summary>
/// <param name="Kind">What the sink does with the data.</param>
/// <param name="TypeName">The metadata name of the declaring type (base types of the receiver are matched too).</param>
/// <param name="Methods">The method names; empty means every method.</param>
/// <param name="TemplateParameter">The parameter holding a message template whose holes may destructure (<c>{@X}</c>).</param>
/// <param name="DataParameters">When set, only these parameters carry data.</param>
/// <param name="WholeObjectParameters">Parameters whose objects are written member by member (serialized).</param>
/// <param name="Family">The serializer whose ignore attributes apply to whole objects.</param>
/// <param name="UrlParameter">The parameter naming the request URL, used to place the destination by host.</param>
/// <param name="ConsoleWriterOnly">Only when the receiver is <c>Console.Out</c> or <c>Console.Error</c>.</param>
/// <param name="Preset">A third-party processor's SDK: the recipient the send reaches (see <see cref="SdkPresets"/>).</param>
internal sealed record SinkEntry(
    SinkKind Kind,
    string TypeName,
    ImmutableArray<string> Methods,
    string? TemplateParameter = null,
    ImmutableArray<string> DataParameters = default,
    ImmutableArray<string> WholeObjectParameters = default,
    SerializerFamily Family = SerializerFamily.None,
    string? UrlParameter = null,
    bool ConsoleWriterOnly = false,
    SdkPreset? Preset = null);

/// <summary>The built-in sink catalogue. Users add their own with <c>[PiiSink]</c> or <c>.editorconfig</c>.</summary>
internal static class SinkCatalog
{
    private static ImmutableArray<string> Names(params string[] names) => ImmutableArray.Create(names);

    private static readonly ImmutableArray<string> MelLevels = Names(
        "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope");

    private static readonly ImmutableArray<string> SerilogLevels = Names(
        "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "ForContext");

    private static readonly ImmutableArray<string> NLogLevels = Names("Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log");

    private static readonly ImmutableArray<string> StjSerialize = Names(
        "Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToDocument", "SerializeToElement", "SerializeToNode");

    private static readonly ImmutableArray<string> MetricTags = Names("tag", "tag1", "tag2", "tag3", "tags", "tagList");

    private static readonly ImmutableArray<string> HttpVerbs = Names(
        "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "DeleteAsync", "PostAsync", "PutAsync",
        "PatchAsync", "SendAsync", "Send");

    /// <summary>Every row: logging, serialization and sends here, stores in <see cref="StoreCatalog"/>, SDK presets in <see cref="SdkPresets"/>.</summary>
    public static ImmutableArray<SinkEntry> Entries { get; } = CoreEntries().AddRange(StoreCatalog.Entries).AddRange(SdkPresets.Entries);

    private static ImmutableArray<SinkEntry> CoreEntries() => ImmutableArray.Create(
        // Logging
        new SinkEntry(SinkKind.Log, "Microsoft.Extensions.Logging.LoggerExtensions", MelLevels, TemplateParameter: "message"),
        new SinkEntry(SinkKind.Log, "Microsoft.Extensions.Logging.ILogger", Names("Log", "BeginScope")),
        new SinkEntry(SinkKind.Log, "Serilog.ILogger", SerilogLevels, TemplateParameter: "messageTemplate"),
        new SinkEntry(SinkKind.Log, "Serilog.Log", SerilogLevels, TemplateParameter: "messageTemplate"),
        new SinkEntry(SinkKind.Log, "Serilog.Core.Logger", SerilogLevels, TemplateParameter: "messageTemplate"),
        new SinkEntry(SinkKind.Log, "NLog.ILoggerBase", NLogLevels, TemplateParameter: "message"),
        new SinkEntry(SinkKind.Log, "NLog.ILogger", NLogLevels, TemplateParameter: "message"),
        new SinkEntry(SinkKind.Log, "NLog.Logger", NLogLevels, TemplateParameter: "message"),
        new SinkEntry(SinkKind.Log, "System.Console", Names("Write", "WriteLine"), TemplateParameter: "format"),
        new SinkEntry(SinkKind.Log, "System.IO.TextWriter", Names("Write", "WriteLine", "WriteAsync", "WriteLineAsync"), TemplateParameter: "format", ConsoleWriterOnly: true),
        new SinkEntry(SinkKind.Log, "System.Diagnostics.Debug", Names("Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Assert", "Fail")),
        new SinkEntry(SinkKind.Log, "System.Diagnostics.Trace", Names("Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Assert", "Fail")),
        new SinkEntry(SinkKind.Log, "System.Diagnostics.TraceSource", Names("TraceEvent", "TraceInformation", "TraceData")),

        // Telemetry is logging: span tags, events and baggage, metric tags, log context, custom properties. What is put
        // into a tag collection, a TagList or a properties dictionary reaches the call that takes the collection.
        new SinkEntry(SinkKind.Log, "System.Diagnostics.Activity", Names("SetTag", "AddTag", "SetBaggage", "AddBaggage", "AddEvent", "AddException", "SetStatus"),
            DataParameters: Names("value", "e", "tags", "description")),
        new SinkEntry(SinkKind.Log, "System.Diagnostics.Metrics.Counter`1", Names("Add"), DataParameters: MetricTags),
        new SinkEntry(SinkKind.Log, "System.Diagnostics.Metrics.UpDownCounter`1", Names("Add"), DataParameters: MetricTags),
        new SinkEntry(SinkKind.Log, "System.Diagnostics.Metrics.Histogram`1", Names("Record"), DataParameters: MetricTags),
        new SinkEntry(SinkKind.Log, "System.Diagnostics.Metrics.Gauge`1", Names("Record"), DataParameters: MetricTags),
        new SinkEntry(SinkKind.Log, "OpenTelemetry.Trace.TelemetrySpan", Names("SetAttribute", "AddEvent", "SetStatus", "RecordException"), DataParameters: Names("value", "attributes", "status")),
        new SinkEntry(SinkKind.Log, "Serilog.Context.LogContext", Names("PushProperty"), DataParameters: Names("value")),
        new SinkEntry(SinkKind.Log, "Microsoft.ApplicationInsights.TelemetryClient", Names("TrackEvent", "TrackTrace", "TrackException", "TrackMetric", "TrackDependency", "TrackPageView"),
            DataParameters: Names("message", "properties", "data")),

        // Serialization
        new SinkEntry(SinkKind.Serialize, "System.Text.Json.JsonSerializer", StjSerialize, DataParameters: Names("value"), WholeObjectParameters: Names("value"), Family: SerializerFamily.SystemTextJson),
        new SinkEntry(SinkKind.Serialize, "Newtonsoft.Json.JsonConvert", Names("SerializeObject"), DataParameters: Names("value"), WholeObjectParameters: Names("value"), Family: SerializerFamily.Newtonsoft),
        new SinkEntry(SinkKind.Serialize, "Newtonsoft.Json.JsonSerializer", Names("Serialize"), DataParameters: Names("value"), WholeObjectParameters: Names("value"), Family: SerializerFamily.Newtonsoft),
        new SinkEntry(SinkKind.Serialize, "Newtonsoft.Json.Linq.JToken", Names("FromObject"), DataParameters: Names("o"), WholeObjectParameters: Names("o"), Family: SerializerFamily.Newtonsoft),
        new SinkEntry(SinkKind.Serialize, "Newtonsoft.Json.Linq.JObject", Names("FromObject"), DataParameters: Names("o"), WholeObjectParameters: Names("o"), Family: SerializerFamily.Newtonsoft),
        new SinkEntry(SinkKind.Serialize, "System.Xml.Serialization.XmlSerializer", Names("Serialize"), DataParameters: Names("o"), WholeObjectParameters: Names("o"), Family: SerializerFamily.Xml),
        new SinkEntry(SinkKind.Serialize, "System.Runtime.Serialization.XmlObjectSerializer", Names("WriteObject"), DataParameters: Names("graph"), WholeObjectParameters: Names("graph"), Family: SerializerFamily.DataContract),

        // Sends
        new SinkEntry(SinkKind.Send, "System.Net.Http.HttpClient", HttpVerbs, UrlParameter: "requestUri"),
        new SinkEntry(SinkKind.Send, "System.Net.Http.Json.HttpClientJsonExtensions", Names("PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "GetFromJsonAsync", "DeleteFromJsonAsync"),
            DataParameters: Names("requestUri", "value"), WholeObjectParameters: Names("value"), Family: SerializerFamily.SystemTextJson, UrlParameter: "requestUri"),

        // Messaging and mail: sends placed by [PiiDestination] on the client's field, property or class.
        new SinkEntry(SinkKind.Send, "System.Net.Mail.SmtpClient", Names("Send", "SendAsync", "SendMailAsync")),
        new SinkEntry(SinkKind.Send, "MailKit.MailTransport", Names("Send", "SendAsync"), DataParameters: Names("message", "sender", "recipients")),
        new SinkEntry(SinkKind.Send, "MailKit.IMailTransport", Names("Send", "SendAsync"), DataParameters: Names("message", "sender", "recipients")),
        new SinkEntry(SinkKind.Send, "RabbitMQ.Client.IChannel", Names("BasicPublishAsync"), DataParameters: Names("body")),
        new SinkEntry(SinkKind.Send, "RabbitMQ.Client.IChannelExtensions", Names("BasicPublishAsync"), DataParameters: Names("body")),
        new SinkEntry(SinkKind.Send, "Azure.Messaging.ServiceBus.ServiceBusSender", Names("SendMessageAsync", "SendMessagesAsync", "ScheduleMessageAsync", "ScheduleMessagesAsync"),
            DataParameters: Names("message", "messages", "messageBatch")),
        new SinkEntry(SinkKind.Send, "MassTransit.IPublishEndpoint", Names("Publish"), DataParameters: Names("message", "values"),
            WholeObjectParameters: Names("message", "values"), Family: SerializerFamily.SystemTextJson),
        new SinkEntry(SinkKind.Send, "MassTransit.ISendEndpoint", Names("Send"), DataParameters: Names("message", "values"),
            WholeObjectParameters: Names("message", "values"), Family: SerializerFamily.SystemTextJson),
        new SinkEntry(SinkKind.Send, "Confluent.Kafka.IProducer`2", Names("Produce", "ProduceAsync"), DataParameters: Names("message"), WholeObjectParameters: Names("message")));

    /// <summary>Parameter types that are plumbing, never data.</summary>
    public static ImmutableHashSet<string> PlumbingTypes { get; } = ImmutableHashSet.Create(
        "Microsoft.Extensions.Logging.ILogger",
        "Microsoft.Extensions.Logging.LogLevel",
        "Microsoft.Extensions.Logging.EventId",
        "Serilog.ILogger",
        "Serilog.Events.LogEventLevel",
        "NLog.LogLevel",
        "System.Exception",
        "System.IFormatProvider",
        "System.Threading.CancellationToken",
        "System.Net.Http.HttpClient",
        "System.Net.Http.HttpCompletionOption",
        "System.Net.Http.HttpMethod",
        "System.Type",
        "System.Text.Json.JsonSerializerOptions",
        "System.Text.Json.Serialization.Metadata.JsonTypeInfo",
        "System.Text.Json.Serialization.JsonSerializerContext",
        "System.Text.Json.Utf8JsonWriter",
        "System.IO.Stream",
        "System.IO.TextWriter",
        "System.Xml.XmlWriter",
        "Newtonsoft.Json.JsonWriter",
        "Newtonsoft.Json.JsonSerializerSettings",
        "Newtonsoft.Json.Formatting",
        "System.Diagnostics.TraceEventType",
        "Microsoft.Extensions.Caching.Distributed.DistributedCacheEntryOptions",
        "Microsoft.AspNetCore.Http.CookieOptions",
        "StackExchange.Redis.CommandFlags",
        "StackExchange.Redis.When");

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, Dictionary<INamedTypeSymbol, List<SinkEntry>>> Resolved = new();

    /// <summary>
    /// The catalogue resolved against one compilation: only the types it can see. Computed once per compilation (the
    /// relevance filter and the model both ask; each lookup searches every reference). Read-only to callers.
    /// </summary>
    public static IReadOnlyDictionary<INamedTypeSymbol, List<SinkEntry>> Resolve(Compilation compilation) =>
        Resolved.GetValue(compilation, static c => ResolveCore(c));

    private static Dictionary<INamedTypeSymbol, List<SinkEntry>> ResolveCore(Compilation compilation)
    {
        var resolved = new Dictionary<INamedTypeSymbol, List<SinkEntry>>(SymbolEqualityComparer.Default);
        foreach (var entry in Entries)
        {
            if (compilation.GetTypeByMetadataName(entry.TypeName) is not { } type)
            {
                continue;
            }

            if (!resolved.TryGetValue(type, out var list))
            {
                resolved[type] = list = new List<SinkEntry>();
            }

            list.Add(entry);
        }

        return resolved;
    }
}
