using System;
using System.Collections.Immutable;
using System.Linq;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// Which purposes cover which sink, from <c>.editorconfig</c>/<c>.globalconfig</c> (see <c>docs/purposes.md</c>):
/// <c>piiguard.log.covering_purposes</c>, <c>piiguard.serialize.covering_purposes</c>,
/// <c>piiguard.send.covering_purposes</c>; each a comma-separated list of <c>Purpose</c> names, <c>any</c> or <c>none</c>.
/// Also <c>piiguard.flow.operation_budget</c>: operations the flow engine visits per body before it stops (and says so
/// with PII0903).
/// </summary>
internal sealed class FlowOptions
{
    public const string LogKey = "piiguard.log.covering_purposes";
    public const string SerializeKey = "piiguard.serialize.covering_purposes";
    public const string SendKey = "piiguard.send.covering_purposes";
    public const string AdditionalLogSinksKey = "piiguard.additional_log_sinks";
    public const string AdditionalSerializeSinksKey = "piiguard.additional_serialize_sinks";
    public const string OperationBudgetKey = "piiguard.flow.operation_budget";

    /// <summary>Audit mode, from a global analyzer config (<c>.globalconfig</c>).</summary>
    public const string AuditKey = "piiguard.audit";

    /// <summary>Audit mode, from the MSBuild property <c>PiiGuardAudit</c> (compiler-visible through the package's props).</summary>
    public const string AuditProperty = "build_property." + Model.BuildProperties.Audit;

    /// <summary>Whether audit mode is on: <c>piiguard.audit = true</c> or <c>PiiGuardAudit=true</c>.</summary>
    public static bool AuditOn(AnalyzerConfigOptions global) =>
        (global.TryGetValue(AuditKey, out var key) && string.Equals(key?.Trim(), "true", StringComparison.OrdinalIgnoreCase)) ||
        (global.TryGetValue(AuditProperty, out var property) && string.Equals(property?.Trim(), "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Operations visited per body before the walker stops following data (a 10,000-line method stays bounded).</summary>
    public const int DefaultOperationBudget = 200_000;

    public const Purpose DefaultLogCovering = Purpose.Diagnostics | Purpose.Security | Purpose.FraudPrevention | Purpose.LegalObligation;

    private static readonly char[] Separators = { ',', ';', '|' };

    public static readonly FlowOptions Default = new(DefaultLogCovering, Taxonomy.AllPurposes, Taxonomy.AllPurposes, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, DefaultOperationBudget);

    private FlowOptions(Purpose log, Purpose serialize, Purpose send, ImmutableHashSet<string> logSinks, ImmutableHashSet<string> serializeSinks, int operationBudget)
    {
        OperationBudget = operationBudget;
        LogCovering = log;
        SerializeCovering = serialize;
        SendCovering = send;
        AdditionalLogSinks = logSinks;
        AdditionalSerializeSinks = serializeSinks;
    }

    /// <summary>Methods (<c>Namespace.Type.Method</c>) that log their arguments, from <c>piiguard.additional_log_sinks</c>.</summary>
    public ImmutableHashSet<string> AdditionalLogSinks { get; }

    /// <summary>Methods that serialize their arguments, from <c>piiguard.additional_serialize_sinks</c>.</summary>
    public ImmutableHashSet<string> AdditionalSerializeSinks { get; }

    /// <summary>Operations the walker visits per body, from <c>piiguard.flow.operation_budget</c> (a positive integer).</summary>
    public int OperationBudget { get; }

    public Purpose LogCovering { get; }

    public Purpose SerializeCovering { get; }

    public Purpose SendCovering { get; }

    public static FlowOptions Read(AnalyzerConfigOptions options)
    {
        var log = Parse(options, LogKey, DefaultLogCovering);
        var serialize = Parse(options, SerializeKey, Taxonomy.AllPurposes);
        var send = Parse(options, SendKey, Taxonomy.AllPurposes);
        var logSinks = Names(options, AdditionalLogSinksKey);
        var serializeSinks = Names(options, AdditionalSerializeSinksKey);
        var budget = options.TryGetValue(OperationBudgetKey, out var budgetText) &&
                     int.TryParse(budgetText.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : DefaultOperationBudget;
        return log == DefaultLogCovering && serialize == Taxonomy.AllPurposes && send == Taxonomy.AllPurposes && logSinks.IsEmpty && serializeSinks.IsEmpty && budget == DefaultOperationBudget
            ? Default
            : new FlowOptions(log, serialize, send, logSinks, serializeSinks, budget);
    }

    private static ImmutableHashSet<string> Names(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text)
            ? text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim()).Where(n => n.Length > 0).ToImmutableHashSet(StringComparer.Ordinal)
            : ImmutableHashSet<string>.Empty;

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

    /// <summary>Where the options come from (one provider per project state).</summary>
    public AnalyzerConfigOptionsProvider Provider => provider;

    public FlowOptions For(SyntaxTree tree) =>
        byTree.TryGetValue(tree, out var options) ? options : byTree.GetOrAdd(tree, FlowOptions.Read(provider.GetOptions(tree)));
}
