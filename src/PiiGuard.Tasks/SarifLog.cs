using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Xml;
using System.Xml.Linq;

namespace PiiGuard.Tasks;

/// <summary>
/// The results of a compiler SARIF log (<c>ErrorLog</c>), version 1.0 (the compiler's default) or 2.1, read by the
/// baseline (its keys) and by the data-map task (the data map the flow analyzer reported, and the summary's counts).
/// </summary>
internal static class SarifLog
{
    /// <summary>The diagnostic that carries the data map (the analyzer's DiagnosticIds.DataMap).</summary>
    public const string DataMapRuleId = "PII0990";

    /// <summary>Every result of every run; throws <see cref="XmlException"/> or <see cref="IOException"/> on a damaged log.</summary>
    public static IEnumerable<SarifResult> Read(string path)
    {
        XElement root;
        using (var stream = File.OpenRead(path))
        using (var reader = JsonReaderWriterFactory.CreateJsonReader(stream, XmlDictionaryReaderQuotas.Max))
        {
            root = XElement.Load(reader);
        }

        foreach (var result in Items(root.Element("runs")).SelectMany(run => Items(run.Element("results"))))
        {
            var location = Items(result.Element("locations")).FirstOrDefault();

            // SARIF 2.1: locations[].physicalLocation.artifactLocation.uri; SARIF 1.0: locations[].resultFile.uri.
            var physical = location?.Element("physicalLocation") ?? location?.Element("resultFile");
            var message = result.Element("message");
            yield return new SarifResult(
                result.Element("ruleId")?.Value,
                result.Element("level")?.Value ?? "warning",
                (physical?.Element("artifactLocation") ?? physical)?.Element("uri")?.Value,
                int.TryParse(physical?.Element("region")?.Element("startLine")?.Value, out var line) ? line : null,
                message?.Element("text")?.Value ?? message?.Value ?? string.Empty,
                IsSuppressed(result),
                result.Element("properties")?.Element("customProperties"));
        }
    }

    // Suppressed in source (#pragma, [SuppressMessage]) or by a suppressor: SARIF 2.1 "suppressions", 1.0 "suppressionStates".
    private static bool IsSuppressed(XElement result) =>
        Items(result.Element("suppressions")).Any(s => s.Element("status")?.Value is null or "accepted") ||
        Items(result.Element("suppressionStates")).Any();

    private static IEnumerable<XElement> Items(XElement? array) => array?.Elements("item") ?? Enumerable.Empty<XElement>();
}

/// <summary>One SARIF result. <see cref="Level"/> is <c>error</c>, <c>warning</c> (SARIF's default) or <c>note</c>.</summary>
internal sealed class SarifResult
{
    private readonly XElement? customProperties;

    public SarifResult(string? ruleId, string level, string? uri, int? line, string message, bool suppressed, XElement? customProperties = null)
    {
        this.customProperties = customProperties;
        RuleId = ruleId;
        Level = level;
        Uri = uri;
        Line = line;
        Message = message;
        Suppressed = suppressed;
    }

    public string? RuleId { get; }

    public string Level { get; }

    public string? Uri { get; }

    public int? Line { get; }

    public string Message { get; }

    public bool Suppressed { get; }

    /// <summary>A property the diagnostic carried (<c>Diagnostic.Properties</c>, SARIF's <c>customProperties</c>), or <see langword="null"/>.</summary>
    public string? Property(string name) =>
        customProperties?.Elements().FirstOrDefault(e => e.Name.LocalName == name || (string?)e.Attribute("item") == name)?.Value;
}
