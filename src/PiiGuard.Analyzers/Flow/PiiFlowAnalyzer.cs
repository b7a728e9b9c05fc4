using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Rules;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// PII01xx–PII04xx: follows declared personal data through every method body and reports where it is logged,
/// serialized or sent off-region without a purpose (and transfer route) that covers it, and where a send discloses
/// it to a recipient or for a use its declaration does not state.
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
        DiagnosticDescriptors.FlowAnalysisCut);

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
            var audit = FlowOptions.AuditOn(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ConfigurationKeys.HomeRegionProperty, out var homeRegion);

            // In a command-line build the generator's flows step computed the same relevance from the same trees.
            var relevance = FlowReuse.RecordedRelevance(start.Compilation, homeRegion, audit, start.CancellationToken) ??
                            PiiRelevance.Compute(start.Compilation, known.Pii, start.CancellationToken, options, audit);
            if (relevance.IsEmpty)
            {
                return;
            }

            var analysis = new FlowAnalysis(new PiiModel(start.Compilation, known, homeRegion) { Audit = audit }, options, relevance);

            // In a command-line build the generator's flows step has just walked these same trees (on the compilation
            // without the generated files): where nothing can bind differently here, its results are this analyzer's.
            var reuse = FlowReuse.For(start.Compilation, relevance, homeRegion, audit, start.CancellationToken);
            start.RegisterCodeBlockAction(block => AnalyzeBlock(block, analysis, reuse));
        });
    }

    private static void AnalyzeBlock(CodeBlockAnalysisContext context, FlowAnalysis analysis, FlowReuse.Scope? reuse)
    {
        if (reuse?.KnownIrrelevant(context.CodeBlock) == true || !analysis.Relevance(context.CancellationToken).IsRelevant(context.CodeBlock))
        {
            return;
        }

        if (reuse is not null && reuse.TryReport(context.CodeBlock, analysis.Options.For(context.CodeBlock.SyntaxTree), context.ReportDiagnostic))
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
            var walker = new FlowWalker(analysis, owner, tree, FlowBodies.Callers(owner), findings.Add, context.CancellationToken);
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
