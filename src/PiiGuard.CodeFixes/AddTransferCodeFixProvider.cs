using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiGuard.Analyzers.Flow;

namespace PiiGuard.CodeFixes;

/// <summary>PII0302: declares a transfer route to the destination's region, next to the home region when it is declared.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddTransferCodeFixProvider)), Shared]
public sealed class AddTransferCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII0302");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(FlowProperties.Region, out var region) && region is { Length: > 0 })
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Declare [assembly: PiiTransfer(\"{region}\", TransferMechanism.StandardContractualClauses)]",
                        ct => AddAsync(context.Document, region, ct),
                        equivalenceKey: "PiiGuard.Transfer." + region),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> AddAsync(Document current, string region, CancellationToken cancellationToken)
    {
        // Put it beside [assembly: PiiHomeRegion] when a document has one; otherwise in the document being fixed.
        var target = current;
        foreach (var document in current.Project.Documents)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax candidate &&
                candidate.AttributeLists.Any(l => l.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true && l.ToString().Contains("PiiHomeRegion")))
            {
                target = document;
                break;
            }
        }

        var root = (CompilationUnitSyntax)(await target.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        if (root.AttributeLists.Any(l => l.ToString().Contains($"PiiTransfer(\"{region}\"")))
        {
            return current.Project.Solution;
        }

        var list = SyntaxFactory.ParseCompilationUnit($"[assembly: global::PiiGuard.PiiTransfer(\"{region}\", global::PiiGuard.TransferMechanism.StandardContractualClauses)]\n")
            .AttributeLists[0];
        list = list.ReplaceNodes(list.DescendantNodes().Where(n => n is NameSyntax or MemberAccessExpressionSyntax), (_, n) => n.WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation));
        var updated = await CodeFixHelpers.TidyAsync(target.WithSyntaxRoot(root.AddAttributeLists(list)), cancellationToken).ConfigureAwait(false);
        return updated.Project.Solution;
    }
}
