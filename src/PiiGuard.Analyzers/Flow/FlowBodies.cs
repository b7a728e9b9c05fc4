using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// The one definition of "which bodies are walked", used by the flow analyzer (per code block) and the generator's
/// flows section (per tree): methods, constructors with their <c>: base(…)</c>/<c>: this(…)</c> initializers,
/// accessors, expression-bodied members, field and property initializers, and top-level statements.
/// </summary>
internal static class FlowBodies
{
    /// <summary>The walkable operations of one code block (in order), or an empty array.</summary>
    public static ImmutableArray<IOperation> Of(SemanticModel model, SyntaxNode codeBlock, ISymbol? owner, CancellationToken cancellationToken)
    {
        // The analyzer driver hands field and property initializers over as their whole declaration.
        codeBlock = codeBlock switch
        {
            PropertyDeclarationSyntax { Initializer: { } propertyInitializer } => propertyInitializer,
            BaseFieldDeclarationSyntax { Declaration.Variables.Count: 1 } oneField when oneField.Declaration.Variables[0].Initializer is { } fieldInitializer => fieldInitializer,
            _ => codeBlock,
        };
        if (codeBlock is BaseFieldDeclarationSyntax field)
        {
            // Several declarators: the driver calls once per field with the same node; walk only the owner's initializer.
            return field.Declaration.Variables
                .Where(v => v.Initializer is not null && (owner is null || SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(v, cancellationToken), owner)))
                .Select(v => BodyOf(model.GetOperation(v.Initializer!, cancellationToken)))
                .Where(o => o is not null)
                .ToImmutableArray()!;
        }

        var operation = model.GetOperation(codeBlock, cancellationToken);
        if (operation is IConstructorBodyOperation { Initializer: { } initializer } constructor)
        {
            // One walk for the initializer and the body, so the constructor's [Pii] parameters are sources in both.
            return BodyOf(constructor) is { } body ? ImmutableArray.Create(initializer, body) : ImmutableArray.Create(initializer);
        }

        return BodyOf(operation) is { } single ? ImmutableArray.Create(single) : ImmutableArray<IOperation>.Empty;
    }

    /// <summary>Every code block of a tree, as the flow analyzer sees them (syntax only: nothing is bound here).</summary>
    public static IEnumerable<SyntaxNode> CodeBlocks(SyntaxNode root)
    {
        var topLevel = false;
        foreach (var node in TreeIndex.Declarations(root))
        {
            switch (node)
            {
                case GlobalStatementSyntax when !topLevel:
                    topLevel = true;
                    yield return root;
                    break;
                case BaseMethodDeclarationSyntax method:
                    yield return method;
                    break;
                case BasePropertyDeclarationSyntax property:
                    if (property.AccessorList is { } accessors)
                    {
                        foreach (var accessor in accessors.Accessors)
                        {
                            yield return accessor;
                        }
                    }

                    if (property is PropertyDeclarationSyntax { ExpressionBody: { } arrow })
                    {
                        yield return arrow;
                    }
                    else if (property is IndexerDeclarationSyntax { ExpressionBody: { } indexerArrow })
                    {
                        yield return indexerArrow;
                    }

                    if (property is PropertyDeclarationSyntax { Initializer: { } initializer })
                    {
                        yield return initializer;
                    }

                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer is { } value)
                        {
                            yield return value;
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The symbol that owns a code block from <see cref="CodeBlocks"/>.</summary>
    public static ISymbol? Owner(SemanticModel model, SyntaxNode codeBlock, CancellationToken cancellationToken) => codeBlock switch
    {
        CompilationUnitSyntax unit => unit.Members.OfType<GlobalStatementSyntax>().FirstOrDefault() is { } first ? model.GetEnclosingSymbol(first.Statement.SpanStart, cancellationToken) : null,
        ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax property } => (model.GetDeclaredSymbol(property, cancellationToken) as IPropertySymbol)?.GetMethod,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => model.GetDeclaredSymbol(property, cancellationToken),
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } => model.GetDeclaredSymbol(variable, cancellationToken),
        _ => model.GetDeclaredSymbol(codeBlock, cancellationToken),
    };

    public static ImmutableStack<IMethodSymbol> Callers(ISymbol owner) =>
        owner is IMethodSymbol method ? ImmutableStack.Create(method.OriginalDefinition) : ImmutableStack<IMethodSymbol>.Empty;

    /// <summary>The statements of a member's operation block (method, constructor, accessor, local function, initializer).</summary>
    public static IOperation? BodyOf(IOperation? operation) => operation switch
    {
        IMethodBodyOperation m => (IOperation?)m.BlockBody ?? m.ExpressionBody,
        IConstructorBodyOperation c => c.BlockBody ?? c.ExpressionBody,
        ILocalFunctionOperation f => f.Body,
        IBlockOperation or IFieldInitializerOperation or IPropertyInitializerOperation => operation,
        _ => null,
    };
}
