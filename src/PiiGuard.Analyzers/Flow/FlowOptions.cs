using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// Which purposes cover which sink, from <c>.editorconfig</c>/<c>.globalconfig</c> (see <c>docs/purposes.md</c>):
/// <c>piiguard.log.covering_purposes</c>, <c>piiguard.serialize.covering_purposes</c>,
/// <c>piiguard.send.covering_purposes</c>; each a comma-separated list of <c>Purpose</c> names, <c>any</c> or <c>none</c>.
/// </summary>
internal sealed class FlowOptions
{
    public const string LogKey = "piiguard.log.covering_purposes";
    public const string SerializeKey = "piiguard.serialize.covering_purposes";
    public const string SendKey = "piiguard.send.covering_purposes";

    public const Purpose DefaultLogCovering = Purpose.Diagnostics | Purpose.Security | Purpose.FraudPrevention | Purpose.LegalObligation;

    private static readonly char[] Separators = { ',', ';', '|' };

    public static readonly FlowOptions Default = new(DefaultLogCovering, Taxonomy.AllPurposes, Taxonomy.AllPurposes);

    private FlowOptions(Purpose log, Purpose serialize, Purpose send)
    {
        LogCovering = log;
        SerializeCovering = serialize;
        SendCovering = send;
    }

    public Purpose LogCovering { get; }

    public Purpose SerializeCovering { get; }

    public Purpose SendCovering { get; }

    public static FlowOptions Read(AnalyzerConfigOptions options)
    {
        var log = Parse(options, LogKey, DefaultLogCovering);
        var serialize = Parse(options, SerializeKey, Taxonomy.AllPurposes);
        var send = Parse(options, SendKey, Taxonomy.AllPurposes);
        return log == DefaultLogCovering && serialize == Taxonomy.AllPurposes && send == Taxonomy.AllPurposes ? Default : new FlowOptions(log, serialize, send);
    }

    private static Purpose Parse(AnalyzerConfigOptions options, string key, Purpose fallback)
    {
        if (!options.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var result = Purpose.None;
        foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Trim();
            if (name.Equals("any", StringComparison.OrdinalIgnoreCase))
            {
                result |= Taxonomy.AllPurposes;
            }
            else if (!name.Equals("none", StringComparison.OrdinalIgnoreCase) &&
                     Enum.TryParse<Purpose>(name, ignoreCase: true, out var purpose) && (purpose & ~Taxonomy.AllPurposes) == 0)
            {
                result |= purpose;
            }
        }

        return result;
    }
}

/// <summary>Per-tree options, read once per tree and compilation.</summary>
internal sealed class FlowOptionsCache
{
    private readonly AnalyzerConfigOptionsProvider provider;
    private readonly ConcurrentDictionary<SyntaxTree, FlowOptions> byTree = new();

    public FlowOptionsCache(AnalyzerConfigOptionsProvider provider)
    {
        this.provider = provider;
    }

    public FlowOptions For(SyntaxTree tree) =>
        byTree.TryGetValue(tree, out var options) ? options : byTree.GetOrAdd(tree, FlowOptions.Read(provider.GetOptions(tree)));
}
