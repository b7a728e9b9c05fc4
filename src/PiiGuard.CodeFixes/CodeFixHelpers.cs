using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace PiiGuard.CodeFixes;

/// <summary>Shared edits: find a member's declaration from its ID, add or extend attributes, keep usings tidy.</summary>
internal static class CodeFixHelpers
{
    public const string PiiNamespace = "PiiGuard";

    /// <summary>
    /// The member a diagnostic is about, as its message names it (<c>Customer.Email</c>): PiiGuard's messages start
    /// with it in quotes. Used to title a fix after the claim it makes.
    /// </summary>
    public static string ClaimedMember(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        var start = message.IndexOf('\'');
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message.Substring(start + 1, end - start - 1) : "the member";
    }

    /// <summary>The syntax that declares the member a flow diagnostic is about (possibly in another document).</summary>
    public static async Task<(Document Document, SyntaxNode Declaration)?> FindDeclarationAsync(Solution solution, Project project, string? id, CancellationToken cancellationToken)
    {
        if (id is null || await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
        {
            return null;
        }

        var parameterName = id.Contains('#') ? id.Substring(id.IndexOf('#') + 1) : null;
        var symbol = DocumentationCommentId.GetFirstSymbolForDeclarationId(parameterName is null ? id : id.Substring(0, id.IndexOf('#')), compilation);
        if (parameterName is not null && symbol is IMethodSymbol method)
        {
            symbol = method.Parameters.FirstOrDefault(p => p.Name == parameterName);
        }

        if (symbol?.DeclaringSyntaxReferences.FirstOrDefault() is not { } reference || solution.GetDocument(reference.SyntaxTree) is not { } document)
        {
            return null;
        }

        var node = await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
        if (node is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field })
        {
            node = field;
        }

        return (document, node);
    }

    /// <summary>The <c>[Pii]</c> attribute on a declaration, by name (the semantic check was done by the analyzer).</summary>
    public static AttributeSyntax? FindPiiAttribute(SyntaxNode declaration)
    {
        var lists = declaration switch
        {
            MemberDeclarationSyntax member => member.AttributeLists,
            ParameterSyntax parameter => parameter.AttributeLists,
            _ => default,
        };
        return lists.SelectMany(l => l.Attributes).FirstOrDefault(a => a.Name.ToString() is "Pii" or "PiiAttribute" or "PiiGuard.Pii" or "PiiGuard.PiiAttribute" or "global::PiiGuard.Pii");
    }

    /// <summary>Adds <c>Name = value</c> to an attribute, or ORs the value into an existing flags argument.</summary>
    public static AttributeSyntax WithFlag(AttributeSyntax attribute, string name, string enumType, string member)
    {
        var value = SyntaxFactory.ParseExpression($"global::PiiGuard.{enumType}.{member}").WithAdditionalAnnotations(Simplifier.Annotation);
        var arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var existing = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        if (existing is not null)
        {
            if (existing.Expression.ToString().Contains(member))
            {
                return attribute;
            }

            var combined = SyntaxFactory.BinaryExpression(SyntaxKind.BitwiseOrExpression, existing.Expression.WithoutTrivia(), value);
            return attribute.WithArgumentList(arguments.ReplaceNode(existing, existing.WithExpression(combined)));
        }

        var added = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(name), null, value);
        return attribute.WithArgumentList(arguments.AddArguments(added));
    }

    /// <summary>Simplifies the annotated names and adds <c>using PiiGuard;</c> where the file lacks it.</summary>
    public static async Task<Document> TidyAsync(Document document, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax root &&
            !root.Usings.Any(u => u.Name?.ToString() == PiiNamespace) &&
            root.DescendantNodes().Any(n => n.HasAnnotation(Simplifier.Annotation)))
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var generator = editor.Generator;
            document = document.WithSyntaxRoot(generator.AddNamespaceImports(root, generator.NamespaceImportDeclaration(PiiNamespace)));
        }

        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
