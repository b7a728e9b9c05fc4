using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiGuard.Analyzers.Discovery;

/// <summary>
/// The syntax-only half of "does this parameter only feed a member?": a use that is plainly something else — passed to
/// a call that is not a guard, returned, formatted, combined, copied into a local — settles it without binding the body.
/// Anything the syntax cannot settle (an assignment, a guard, a pattern) is left to the bound check of
/// <see cref="PiiDiscoveryAnalyzer"/>, so the result is the same (short of a local function parameter that shadows it),
/// only cheaper.
/// </summary>
internal static class ParameterUses
{
    /// <summary>Whether some use of <paramref name="parameter"/> in <paramref name="method"/>'s code is plainly not a member feed.</summary>
    public static bool UsedOtherwise(IMethodSymbol method, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            foreach (var token in declaration.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == parameter.Name &&
                    token.Parent is IdentifierNameSyntax use && IsReference(use) && IsOtherUse(use))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A name in an expression, not a member name after a dot, a named argument or an initializer's member.
    private static bool IsReference(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Expression == name,
        MemberBindingExpressionSyntax or NameColonSyntax or NameEqualsSyntax or QualifiedNameSyntax => false,
        AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } member => member.Right == name,
        _ => true,
    };

    private static bool IsOtherUse(ExpressionSyntax use)
    {
        SyntaxNode current = use;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                // The same value: email!, (email), (string)email, email ?? throw …, check ? email : …, email.Trim().
                case ParenthesizedExpressionSyntax or CastExpressionSyntax:
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }:
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce when coalesce.Left == current:
                case ConditionalExpressionSyntax conditional when conditional.WhenTrue == current || conditional.WhenFalse == current:
                    current = parent;
                    continue;
                case MemberAccessExpressionSyntax access when access.Expression == current && access.Parent is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call:
                    current = call;
                    continue;

                // Plainly something else.
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                    return !IsGuardOrNameof(invocation);
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax } }:
                case InterpolationSyntax:
                case ReturnStatementSyntax:
                case ArrowExpressionClauseSyntax:
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax }:
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression }:
                    return true;

                // Left to the bound check.
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool IsGuardOrNameof(InvocationExpressionSyntax invocation)
    {
        var name = invocation.Expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        return name is null || name == "nameof" || name.StartsWith("ThrowIf", System.StringComparison.Ordinal) || name is "IsNullOrEmpty" or "IsNullOrWhiteSpace";
    }
}
