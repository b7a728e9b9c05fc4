using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Discovery;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Rules;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// PII01xx–PII04xx: follows declared personal data through every method body and reports where it is logged,
/// serialized or sent off-region without a purpose (and transfer route) that covers it, and where a send discloses
/// it to a recipient or for a use its declaration does not state. In a build it also hands the data map — the
/// declarations and every flow it followed, covered or not — to the build through the compiler's error log (PII0990):
/// the map's Flows and Findings are exactly what this analyzer found, and no body is bound twice for them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiFlowAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.LoggedWithoutCoveringPurpose,
        DiagnosticDescriptors.LoggedInExceptionMessage,
        DiagnosticDescriptors.LoggedAsWholeObject,
        DiagnosticDescriptors.SensitiveDataLogged,
        DiagnosticDescriptors.SerializedWithoutPurpose,
        DiagnosticDescriptors.SentOffRegionWithoutPurpose,
        DiagnosticDescriptors.SentOffRegionWithoutTransfer,
        DiagnosticDescriptors.RecipientNotDisclosed,
        DiagnosticDescriptors.RecipientPurposeNotDeclared,
        DiagnosticDescriptors.SoldOrSharedContrary,
        DiagnosticDescriptors.SendNotPlaced,
        DiagnosticDescriptors.StoredInUndeclaredStore,
        DiagnosticDescriptors.StoredOffRegionWithoutTransfer,
        DiagnosticDescriptors.ProbableLogged,
        DiagnosticDescriptors.ProbableSerialized,
        DiagnosticDescriptors.ProbableSentOffRegion,
        DiagnosticDescriptors.ProbableStored,
        DiagnosticDescriptors.FlowAnalysisCut,
        DiagnosticDescriptors.DataMapNotHandedOver,
        DiagnosticDescriptors.DataMap);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // A project that cannot see PiiGuard's attributes registers nothing and pays nothing.
            if (KnownTypes.TryCreate(start.Compilation) is not { } known)
            {
                return;
            }

            // Nothing declared in the sources or references (read from syntax and metadata, nothing bound): no model,
            // no callback at all. Otherwise code blocks, not operation blocks: a body is bound only when it can touch
            // declared data, so a project pays for the code that handles personal data, not for all of its code.
            var options = new FlowOptionsCache(start.Options.AnalyzerConfigOptionsProvider);
            // Audit mode also follows members that only look like personal data (PII06xx); off, it costs one option read.
            var global = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var audit = FlowOptions.AuditOn(global);
            global.TryGetValue(ConfigurationKeys.HomeRegionProperty, out var homeRegion);

            var relevance = PiiRelevance.Compute(start.Compilation, known.Pii, start.CancellationToken, options, audit);

            // The data map (unless PiiGuardDataMap=false): rendered once the whole compilation has been analysed, from the
            // declarations (its own, its references') and the flows the code blocks below record. A project where
            // nothing is declared — no item here or in a reference, no PiiGuard attribute, no home region — gets none.
            var settings = InventoryOptions.Read(global);
            var map = settings.DataMap && (!relevance.IsEmpty || settings.HomeRegionProperty is not null || PiiRelevance.AnyMentionsPiiGuard(start.Compilation, start.CancellationToken))
                ? new DataMapFacts()
                : null;

            // A build hands the map over in a file of its own (DataMapFile), written at every compilation so that no map
            // of older code is ever read; where nothing is declared and the build has no error log to count discovery's
            // suggestions in (the compiler then skips the discovery analyzer), they are counted here for the summary.
            var file = settings.DataMap ? BuildProperties.Value(global, BuildProperties.MapFile) : null;
            var suggestions = file is not null && relevance.IsEmpty && string.Equals(BuildProperties.Value(global, BuildProperties.CountSuggestions), "true", System.StringComparison.OrdinalIgnoreCase)
                ? new SuggestionCount()
                : null;
            if (suggestions is not null)
            {
                PiiDiscoveryAnalyzer.Register(start, known, suggestions.Add);
            }

            if (map is not null || file is not null)
            {
                start.RegisterCompilationEndAction(end => HandOver(end, map, settings, file, suggestions));
            }

            if (relevance.IsEmpty)
            {
                return;
            }

            var analysis = new FlowAnalysis(new PiiModel(start.Compilation, known, homeRegion) { Audit = audit }, options, relevance);
            start.RegisterCodeBlockAction(block => AnalyzeBlock(block, analysis, settings.ComputeFlows ? map : null));
        });
    }

    // In a build, the map file (DataMapFile); elsewhere (no file set: a host other than PiiGuard's targets) PII0990, whose
    // property carries the documents (DataMapEnvelope) and whose message only counts.
    private static void HandOver(CompilationAnalysisContext context, DataMapFacts? map, InventoryOptions settings, string? file, SuggestionCount? suggestions)
    {
        var spec = map?.Spec(context.Compilation, settings, context.CancellationToken);
        var envelope = spec is not null && DataMapFacts.Declares(spec)
            ? DataMapEnvelope.Encode(() => InventoryEmitter.MarkdownText(spec), () => InventoryEmitter.JsonText(spec))
            : null;
        if (file is not null)
        {
            if (DataMapFile.Write(file, DataMapEnvelope.FileText(envelope, suggestions?.Count)) is { } problem)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DataMapNotHandedOver, Location.None, context.Compilation.AssemblyName ?? "the assembly", problem, file));
            }

            return;
        }

        if (envelope is null || spec is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.DataMap,
            Location.None,
            ImmutableDictionary<string, string?>.Empty.Add(DataMapEnvelope.Property, envelope),
            context.Compilation.AssemblyName ?? "the assembly",
            spec.Items.Length,
            spec.Flows.Length));
    }

    /// <summary>Discovery's PII0008 suggestions, counted where the build's summary cannot count them in an error log.</summary>
    private sealed class SuggestionCount
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Add(SymbolAnalysisContext context, Diagnostic diagnostic)
        {
            if (diagnostic.Id == DiagnosticIds.LooksLikePersonalData && !TurnedOff(context.Compilation, diagnostic.Location.SourceTree, context.CancellationToken))
            {
                Interlocked.Increment(ref count);
            }
        }

        // dotnet_diagnostic.PII0008.severity = none (for the file, else for the project), or /nowarn: not a suggestion the build shows.
        private static bool TurnedOff(Compilation compilation, SyntaxTree? tree, CancellationToken cancellationToken)
        {
            const string Id = DiagnosticIds.LooksLikePersonalData;
            var provider = compilation.Options.SyntaxTreeOptionsProvider;
            if (tree is not null && provider is not null && provider.TryGetDiagnosticValue(tree, Id, cancellationToken, out var forTree))
            {
                return forTree == ReportDiagnostic.Suppress;
            }

            if (provider is not null && provider.TryGetGlobalDiagnosticValue(Id, cancellationToken, out var global))
            {
                return global == ReportDiagnostic.Suppress;
            }

            return compilation.Options.SpecificDiagnosticOptions.TryGetValue(Id, out var specific) && specific == ReportDiagnostic.Suppress;
        }
    }

    private static void AnalyzeBlock(CodeBlockAnalysisContext context, FlowAnalysis analysis, DataMapFacts? map)
    {
        if (!analysis.Relevance(context.CancellationToken).IsRelevant(context.CodeBlock))
        {
            return;
        }

        var bodies = FlowBodies.Of(context.SemanticModel, context.CodeBlock, context.OwningSymbol, context.CancellationToken);
        if (!bodies.IsEmpty)
        {
            var owner = context.OwningSymbol;
            // The engine hands on every hit; the rules decide which are findings and report one diagnostic per argument and rule.
            var tree = context.CodeBlock.SyntaxTree;
            var findings = new FlowFindings(analysis.Model, analysis.Options.For(tree));
            var walker = new FlowWalker(analysis, owner, tree, FlowBodies.Callers(owner), map is null ? hit => findings.Add(hit) : hit => map.Add(hit, owner, findings.Add(hit)), context.CancellationToken);
            walker.Analyze(bodies);
            findings.Report(context.ReportDiagnostic);
            if (walker.Truncated)
            {
                // Never silent: a body cut short by the budget (or nesting deeper than the walker follows) says so.
                var location = owner.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree == context.CodeBlock.SyntaxTree) ?? context.CodeBlock.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FlowAnalysisCut, location, owner.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), walker.TruncationReason));
            }
        }
    }
}
