using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Rules;

namespace PiiGuard.Analyzers.Inventory;

/// <summary>
/// Runs the analyzer's flow engine over every method of a compilation and records where each declared item goes —
/// covered or not — for the inventory's flows section. Used in full builds only.
/// </summary>
internal static class FlowCollector
{
    public static EquatableArray<FlowSpec> Collect(Compilation compilation, AnalyzerConfigOptionsProvider options, InventoryOptions settings, CancellationToken cancellationToken)
    {
        if (KnownTypes.TryCreate(compilation) is not { } known)
        {
            return EquatableArray<FlowSpec>.Empty;
        }

        var flowOptions = new FlowOptionsCache(options);
        var relevance = PiiRelevance.Compute(compilation, known.Pii, cancellationToken, flowOptions);
        if (relevance.IsEmpty)
        {
            return EquatableArray<FlowSpec>.Empty;
        }

        var analysis = new FlowAnalysis(new PiiModel(compilation, known, settings.HomeRegionProperty), flowOptions, relevance, shareSemanticModels: true, recordTraces: true);
        var flows = new HashSet<FlowSpec>();

        // The same walk also yields the flow analyzer's diagnostics for each block; in a command-line build the analyzer
        // runs next on this compilation plus the generated trees and reports them instead of walking again (FlowReuse).
        var reuse = FlowReuse.Begin(compilation, relevance, settings.HomeRegionProperty);
        var diagnostics = new List<Diagnostic>();

        // The same bodies the analyzer walks, and only those that can touch declared data: the rest are never bound.
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsGenerated(tree, cancellationToken))
            {
                // As the analyzer (GeneratedCodeAnalysisFlags.None): generated code (EF migrations, designers) is not walked.
                continue;
            }

            SemanticModel? semanticModel = null;
            foreach (var codeBlock in FlowBodies.CodeBlocks(tree.GetRoot(cancellationToken)))
            {
                if (!relevance.IsRelevant(codeBlock))
                {
                    reuse.AddIrrelevant(codeBlock);
                    continue;
                }

                semanticModel ??= analysis.SemanticModel(tree);
                if (FlowBodies.Owner(semanticModel, codeBlock, cancellationToken) is not { } owner)
                {
                    continue;
                }

                var bodies = FlowBodies.Of(semanticModel, codeBlock, owner, cancellationToken);
                if (bodies.IsEmpty)
                {
                    continue;
                }

                // Every hit of the engine, covered or not: the same hits the analyzer's rules judge.
                // Each flow carries the rules it breaks, from the analyzer's own policy: the map's Findings are its diagnostics.
                var treeOptions = analysis.Options.For(tree);
                var where = MemberName(owner);
                var findings = new FlowFindings(analysis.Model, treeOptions);
                var walker = new FlowWalker(analysis, owner, tree, FlowBodies.Callers(owner), hit =>
                {
                    findings.Add(hit);
                    var rules = CoveragePolicy.Classify(hit, treeOptions, analysis.Model).Select(r => r.Rule.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray();
                    var destination = hit.Sink.Destination;
                    flows.Add(new FlowSpec(
                        hit.Fact.Member, hit.Sink.Kind.ToString(), hit.Sink.Display, destination?.Region, where,
                        destination?.Recipient ?? destination?.RecipientKind, (int)(destination?.Purpose ?? Purpose.None), hit.Sink.Host, rules));
                }, cancellationToken);
                var trace = analysis.Record(codeBlock, bodies, () => walker.Analyze(bodies));

                // Exactly what PiiFlowAnalyzer.AnalyzeBlock reports for this block.
                diagnostics.Clear();
                findings.Report(diagnostics.Add);
                if (walker.Truncated)
                {
                    var location = owner.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree == tree) ?? AnalyzerBlock(codeBlock).GetLocation();
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.FlowAnalysisCut, location, owner.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), walker.TruncationReason));
                }

                reuse.Add(codeBlock, treeOptions, trace, diagnostics.ToImmutableArray());
            }
        }

        reuse.Publish();
        return flows
            .OrderBy(f => f.Item, StringComparer.Ordinal)
            .ThenBy(f => f.Kind, StringComparer.Ordinal)
            .ThenBy(f => f.Sink, StringComparer.Ordinal)
            .ThenBy(f => f.Location, StringComparer.Ordinal)
            .ThenBy(f => f.Region ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Recipient ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.DestinationPurpose)
            .ThenBy(f => f.Host ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => string.Join(",", f.Findings), StringComparer.Ordinal)
            .ToEquatableArray();
    }

    // The node the analyzer driver hands over for a code block (a field or property initializer: its declaration).
    private static SyntaxNode AnalyzerBlock(SyntaxNode codeBlock) => codeBlock switch
    {
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property,
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } } => field,
        _ => codeBlock,
    };

    private static readonly string[] GeneratedSuffixes = { ".designer.cs", ".generated.cs", ".g.cs", ".g.i.cs" };

    /// <summary>Roslyn's own test for generated code: the file name, or an <c>&lt;auto-generated&gt;</c> header comment.</summary>
    private static bool IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var name = System.IO.Path.GetFileName(tree.FilePath ?? string.Empty);
        if (name.StartsWith("TemporaryGeneratedFile_", StringComparison.OrdinalIgnoreCase) ||
            GeneratedSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        foreach (var trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
        {
            if ((trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.MultiLineCommentTrivia)) &&
                (trivia.ToString().IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0 || trivia.ToString().IndexOf("<autogenerated", StringComparison.OrdinalIgnoreCase) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The member whose code sends the data (<c>OrderService.Place</c>): the map changes when flows change, not when a
    /// line moves. Lambdas and local functions belong to the member that declares them.
    /// </summary>
    private static string MemberName(ISymbol owner) => owner switch
    {
        IMethodSymbol { Name: WellKnownMemberNames.TopLevelStatementsEntryPointMethodName } => "top-level statements",
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor => constructor.ContainingType.Name + " constructor",
        IMethodSymbol { AssociatedSymbol: { } property } => property.ContainingType?.Name + "." + property.Name,
        IFieldSymbol or IPropertySymbol => owner.ContainingType?.Name + "." + owner.Name + " initializer",
        _ => owner.ContainingType is { } type ? type.Name + "." + owner.Name : owner.Name,
    };
}
