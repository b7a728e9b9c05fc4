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
using Microsoft.CodeAnalysis.Simplification;
using PiiGuard.Analyzers.Discovery;

namespace PiiGuard.CodeFixes;

/// <summary>PII0008, PII0009: adds <c>[Pii(Category.X)]</c> with the inferred category.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkAsPersonalDataCodeFixProvider)), Shared]
public sealed class MarkAsPersonalDataCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII0008", "PII0009");

    /// <inheritdoc />
    /// <remarks>
    /// Every member of a document is marked in one edit: the batch fixer merged one fix per member, each of which also
    /// added <c>using PiiGuard;</c>, dropped the fixes whose changes overlapped — so <c>dotnet format analyzers
    /// --diagnostics PII0008</c>, the command the build summary gives, left members unmarked.
    /// </remarks>
    public override FixAllProvider GetFixAllProvider() => MarkEveryMember.Instance;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not { } node ||
                Declaration(node) is not { } declaration ||
                !diagnostic.Properties.TryGetValue(PiiDiscoveryAnalyzer.CategoryProperty, out var category) || category is null)
            {
                continue;
            }

            var title = diagnostic.Id == "PII0009" ? $"Convert to [Pii(Category.{category})]" : $"Mark as personal data: [Pii(Category.{category})]";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => AddAsync(context.Document, declaration, category, ct), equivalenceKey: "PiiGuard.MarkAsPersonalData"),
                diagnostic);
        }
    }

    private static SyntaxNode? Declaration(SyntaxNode node) =>
        node.AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax);

    private static async Task<Document> AddAsync(Document document, SyntaxNode declaration, string category, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return await CodeFixHelpers.TidyAsync(document.WithSyntaxRoot(root!.ReplaceNode(declaration, Marked(declaration, category))), cancellationToken).ConfigureAwait(false);
    }

    private static SyntaxNode Marked(SyntaxNode declaration, string category)
    {
        var attribute = SyntaxFactory.Attribute(
            SyntaxFactory.ParseName("global::PiiGuard.Pii").WithAdditionalAnnotations(Simplifier.Annotation),
            SyntaxFactory.ParseAttributeArgumentList($"(global::PiiGuard.Category.{category})"));
        attribute = attribute.ReplaceNodes(attribute.DescendantNodes().OfType<MemberAccessExpressionSyntax>(), (_, m) => m.WithAdditionalAnnotations(Simplifier.Annotation));
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
        SyntaxNode updated = declaration switch
        {
            PropertyDeclarationSyntax p => p.WithAttributeLists(p.AttributeLists.Add(list.WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed))).WithLeadingTrivia(p.GetLeadingTrivia()),
            FieldDeclarationSyntax f => f.WithAttributeLists(f.AttributeLists.Add(list.WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed))).WithLeadingTrivia(f.GetLeadingTrivia()),
            ParameterSyntax p => p.WithAttributeLists(p.AttributeLists.Add(list.WithTrailingTrivia(SyntaxFactory.Space))),
            _ => declaration,
        };
        if (declaration is MemberDeclarationSyntax member && member.AttributeLists.Count == 0 && updated is MemberDeclarationSyntax updatedMember)
        {
            // Keep the member's indentation on the new attribute line and on the member itself.
            var indentation = member.GetLeadingTrivia();
            updated = updatedMember
                .WithAttributeLists(SyntaxFactory.SingletonList(list.WithLeadingTrivia(indentation).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"))))
                .WithModifiers(updatedMember.Modifiers.Count > 0 ? updatedMember.Modifiers.Replace(updatedMember.Modifiers[0], updatedMember.Modifiers[0].WithLeadingTrivia(WhitespaceOf(indentation))) : updatedMember.Modifiers);
        }

        return updated;
    }

    private sealed class MarkEveryMember : DocumentBasedFixAllProvider
    {
        public static readonly MarkEveryMember Instance = new();

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var targets = diagnostics
                .Select(d => (Declaration: root.FindToken(d.Location.SourceSpan.Start).Parent is { } node ? Declaration(node) : null,
                              Category: d.Properties.TryGetValue(PiiDiscoveryAnalyzer.CategoryProperty, out var category) ? category : null))
                .Where(t => t.Declaration is not null && t.Category is not null)
                .GroupBy(t => t.Declaration!)
                .Select(g => (Declaration: g.Key, Category: g.First().Category!))
                .ToList();
            var tracked = root.TrackNodes(targets.Select(t => t.Declaration));
            foreach (var (declaration, category) in targets)
            {
                var current = tracked.GetCurrentNode(declaration)!;
                tracked = tracked.ReplaceNode(current, Marked(current, category));
            }

            return await CodeFixHelpers.TidyAsync(document.WithSyntaxRoot(tracked), fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }

    private static SyntaxTriviaList WhitespaceOf(SyntaxTriviaList trivia) =>
        SyntaxFactory.TriviaList(trivia.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
}
