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
/// PII0201: keeps the member out of the serializer's output with that serializer's ignore attribute, at the member's
/// declaration (possibly in another file). It removes a flow rather than claiming one is allowed, so Fix All applies it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IgnoreSerializedMemberCodeFixProvider)), Shared]
public sealed class IgnoreSerializedMemberCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII0201");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            diagnostic.Properties.TryGetValue(FlowProperties.Member, out var id);
            diagnostic.Properties.TryGetValue(FlowProperties.Family, out var family);
            if (IgnoreAttribute(family) is not { } ignore ||
                await CodeFixHelpers.FindDeclarationAsync(context.Document.Project.Solution, context.Document.Project, id, context.CancellationToken).ConfigureAwait(false) is not { } target ||
                target.Declaration is not MemberDeclarationSyntax member)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Keep it out of the payload: [{ignore.Split('.').Last()}]", ct => IgnoreAsync(target.Document, member, ignore, ct), equivalenceKey: "PiiGuard.Ignore." + ignore),
                diagnostic);
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
