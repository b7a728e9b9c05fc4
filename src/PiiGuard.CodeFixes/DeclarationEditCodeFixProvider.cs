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
using PiiGuard.Analyzers.Flow;

namespace PiiGuard.CodeFixes;

/// <summary>
/// Fixes at the declaration of the member a flow diagnostic is about (which may be in another file): declare a
/// purpose that covers the sink (PII0101, PII0103, PII0201, PII0301), or keep it out of the serializer's output with the
/// serializer's ignore attribute (PII0201).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclarationEditCodeFixProvider)), Shared]
public sealed class DeclarationEditCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII0101", "PII0103", "PII0201", "PII0301");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
                CodeAction.Create($"Declare Purpose.{purpose} on the member", ct => EditAsync(target.Document, attribute, a => CodeFixHelpers.WithFlag(a, "Purpose", "Purpose", purpose), ct), equivalenceKey: "PiiGuard.CoveringPurpose." + purpose),
                diagnostic);

            if (diagnostic.Id == "PII0201" && diagnostic.Properties.TryGetValue(FlowProperties.Family, out var family) && IgnoreAttribute(family) is { } ignore &&
                target.Declaration is MemberDeclarationSyntax member)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Keep it out of the payload: [{ignore.Split('.').Last()}]", ct => IgnoreAsync(target.Document, member, ignore, ct), equivalenceKey: "PiiGuard.Ignore." + ignore),
                    diagnostic);
            }
        }
    }

    private static string? IgnoreAttribute(string? family) => family switch
    {
        "SystemTextJson" or "None" => "System.Text.Json.Serialization.JsonIgnore",
        "Newtonsoft" => "Newtonsoft.Json.JsonIgnore",
        "Xml" => "System.Xml.Serialization.XmlIgnore",
        "DataContract" => "System.Runtime.Serialization.IgnoreDataMember",
        _ => null,
    };

    private static async Task<Solution> EditAsync(Document document, AttributeSyntax attribute, System.Func<AttributeSyntax, AttributeSyntax> edit, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var current = root!.FindNode(attribute.Span) as AttributeSyntax ?? attribute;
        var updated = await CodeFixHelpers.TidyAsync(document.WithSyntaxRoot(root.ReplaceNode(current, edit(current))), cancellationToken).ConfigureAwait(false);
        return updated.Project.Solution;
    }

    private static async Task<Solution> IgnoreAsync(Document document, MemberDeclarationSyntax member, string attribute, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var current = root!.FindNode(member.Span) as MemberDeclarationSyntax ?? member;
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::" + attribute).WithAdditionalAnnotations(Simplifier.Annotation))))
            .WithLeadingTrivia(current.AttributeLists.FirstOrDefault()?.GetLeadingTrivia() ?? current.GetLeadingTrivia())
            .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
        var updatedMember = current.WithAttributeLists(current.AttributeLists.Insert(0, list));
        if (current.AttributeLists.Count > 0)
        {
            updatedMember = updatedMember.ReplaceNode(updatedMember.AttributeLists[1], updatedMember.AttributeLists[1].WithLeadingTrivia(current.AttributeLists[0].GetLeadingTrivia()));
        }

        var updated = await CodeFixHelpers.TidyAsync(document.WithSyntaxRoot(root.ReplaceNode(current, updatedMember)), cancellationToken).ConfigureAwait(false);
        return updated.Project.Solution;
    }
}
