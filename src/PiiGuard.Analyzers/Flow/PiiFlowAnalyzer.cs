using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
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
            if (map is not null)
            {
                start.RegisterCompilationEndAction(end => ReportMap(end, map, settings));
            }

            if (relevance.IsEmpty)
            {
                return;
            }

            var analysis = new FlowAnalysis(new PiiModel(start.Compilation, known, homeRegion) { Audit = audit }, options, relevance);
            start.RegisterCodeBlockAction(block => AnalyzeBlock(block, analysis, settings.ComputeFlows ? map : null));
        });
    }

    // The documents travel in the diagnostic's properties (DataMapEnvelope); its message only counts.
    private static void ReportMap(CompilationAnalysisContext context, DataMapFacts map, InventoryOptions settings)
    {
        var spec = map.Spec(context.Compilation, settings, context.CancellationToken);
        if (!DataMapFacts.Declares(spec))
        {
            return;
        }

        var envelope = DataMapEnvelope.Encode(() => InventoryEmitter.MarkdownText(spec), () => InventoryEmitter.JsonText(spec));
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.DataMap,
            Location.None,
            ImmutableDictionary<string, string?>.Empty.Add(DataMapEnvelope.Property, envelope),
            context.Compilation.AssemblyName ?? "the assembly",
            spec.Items.Length,
            spec.Flows.Length));
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
