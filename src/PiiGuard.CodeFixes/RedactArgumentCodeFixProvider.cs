using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace PiiGuard.CodeFixes;

/// <summary>PII0101, PII0102, PII0104: passes the logged value through a redactor (<c>Redact.Mask</c> or <c>Redact.Erase</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactArgumentCodeFixProvider)), Shared]
public sealed class RedactArgumentCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII0101", "PII0102", "PII0104");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression || model is null)
            {
                continue;
            }

            var isString = model.GetTypeInfo(expression, context.CancellationToken).Type?.SpecialType == SpecialType.System_String;
            var method = isString ? "Mask" : "Erase";
            context.RegisterCodeFix(
                CodeAction.Create($"Redact before logging: Redact.{method}(…)", ct => WrapAsync(context.Document, expression, method, ct), equivalenceKey: "PiiGuard.Redact"),
                diagnostic);
        }
    }

    private static async Task<Document> WrapAsync(Document document, ExpressionSyntax expression, string method, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var call = SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression($"global::PiiGuard.Redact.{method}").WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(expression.WithoutTrivia()))))
            .WithTriviaFrom(expression);
        return await CodeFixHelpers.TidyAsync(document.WithSyntaxRoot(root!.ReplaceNode(expression, call)), cancellationToken).ConfigureAwait(false);
    }
}
