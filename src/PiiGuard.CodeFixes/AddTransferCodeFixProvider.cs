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

/// <summary>
/// PII0302: declares a transfer route to the destination's region, next to the home region when it is declared. The
/// route is a legal claim (that standard contractual clauses are in place), so the fix is offered one location at a
/// time, titled as the claim, and never by Fix All or <c>dotnet format</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddTransferCodeFixProvider)), Shared]
public sealed class AddTransferCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII0302");

    /// <inheritdoc />
    /// <remarks>None: a transfer mechanism is a claim someone must make for each destination.</remarks>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(FlowProperties.Region, out var region) && region is { Length: > 0 })
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Declare that transfers to {region} are covered by standard contractual clauses",
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
