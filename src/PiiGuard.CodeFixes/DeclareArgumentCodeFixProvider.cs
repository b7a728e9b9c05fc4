using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.CodeFixes;

/// <summary>
/// PII0001: declares a purpose; PII0005: declares a legal basis — on the reported <c>[Pii]</c> attribute. Both are
/// claims about why the data is processed, so they are offered one location at a time, titled as the claim, and never
/// by Fix All or <c>dotnet format</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareArgumentCodeFixProvider)), Shared]
public sealed class DeclareArgumentCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII0001", "PII0005");

    /// <inheritdoc />
    /// <remarks>None: a purpose or legal basis is a claim someone must make for each member.</remarks>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is not { } attribute)
            {
                continue;
            }

            var claimed = CodeFixHelpers.ClaimedMember(diagnostic);
            var (name, type, member, title) = diagnostic.Id == "PII0001"
                ? (AttributeNames.Pii.Purpose, "Purpose", "ServiceDelivery", $"Declare that {claimed} is processed for ServiceDelivery")
                : (AttributeNames.Pii.LegalBasis, "LegalBasis", "Consent", $"Declare that {claimed} is processed on the legal basis of Consent");
            context.RegisterCodeFix(
                CodeAction.Create(title, async ct => await CodeFixHelpers.TidyAsync(
                    context.Document.WithSyntaxRoot(root.ReplaceNode(attribute, CodeFixHelpers.WithFlag(attribute, name, type, member))), ct).ConfigureAwait(false),
                    equivalenceKey: "PiiGuard.Declare." + name),
                diagnostic);
        }
    }
}
