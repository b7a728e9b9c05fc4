using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.CodeFixes;

/// <summary>
/// PII0101, PII0103, PII0201, PII0301: declares, at the member's declaration (possibly in another file), a purpose that
/// covers the sink. That is a claim about why the data is processed — applied in bulk it would launder every leak into
/// the data map — so it is offered one location at a time, titled as the claim it makes, and never by Fix All or
/// <c>dotnet format</c>. The bulk fix for logged data is redaction (<see cref="RedactArgumentCodeFixProvider"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareCoveringPurposeCodeFixProvider)), Shared]
public sealed class DeclareCoveringPurposeCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII0101", "PII0103", "PII0201", "PII0301");

    /// <remarks>None: a purpose is a claim someone must make for each member.</remarks>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            diagnostic.Properties.TryGetValue(FlowProperties.Member, out var id);
            if (await CodeFixHelpers.FindDeclarationAsync(context.Document.Project.Solution, context.Document.Project, id, context.CancellationToken).ConfigureAwait(false) is not { } target ||
                CodeFixHelpers.FindPiiAttribute(target.Declaration) is not { } attribute)
            {
                continue;
            }

            var purpose = diagnostic.Id is "PII0101" or "PII0103" ? "Diagnostics" : "ServiceDelivery";
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Declare that {CodeFixHelpers.ClaimedMember(diagnostic)} is processed for {purpose}",
                    ct => EditAsync(target.Document, attribute, purpose, ct),
                    equivalenceKey: "PiiGuard.CoveringPurpose." + purpose),
                diagnostic);
        }
    }

    private static async Task<Solution> EditAsync(Document document, AttributeSyntax attribute, string purpose, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var current = root!.FindNode(attribute.Span) as AttributeSyntax ?? attribute;
        var edited = CodeFixHelpers.WithFlag(current, AttributeNames.Pii.Purpose, "Purpose", purpose);
        var updated = await CodeFixHelpers.TidyAsync(document.WithSyntaxRoot(root.ReplaceNode(current, edited)), cancellationToken).ConfigureAwait(false);
        return updated.Project.Solution;
    }
}
