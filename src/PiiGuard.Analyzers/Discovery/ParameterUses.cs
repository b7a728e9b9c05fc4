using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiGuard.Analyzers.Discovery;

/// <summary>
/// "Does this parameter only feed members that are covered?", answered from the syntax and the declared symbols, without
/// binding the body: <c>Email = email</c>, <c>this._phone = phone ?? throw …</c>, <c>Email = email.Trim()</c>,
/// <c>customer.Email = email</c> (a parameter, a member, or a local of a written type or <c>var c = new Customer()</c> as
/// the receiver), <c>new Customer { Email = email }</c> (types bound on their own, speculatively), a primary
/// constructor's <c>public string Email { get; } = email;</c>; guards (<c>ArgumentNullException.ThrowIfNull(email)</c>, <c>string.IsNullOrWhiteSpace(email)</c>, <c>email is null</c>,
/// <c>email == null</c>, <c>nameof(email)</c>) are neutral. Anything else — passed on, returned, formatted, combined,
/// copied into a local, assigned to a member the syntax cannot place, or a local or lambda parameter of the same name
/// anywhere in the code — is a use of its own, so the parameter stays a suggestion (the answer errs towards reporting).
/// Binding the body for this cost about half of discovery's time on Jellyfin, where nothing is marked (issue 17).
/// </summary>
internal static class ParameterUses
{
    private enum Use
    {
        None,
        Neutral,
        FeedsCoveredMember,
        Other,
    }

    /// <summary>Whether at least one use of <paramref name="parameter"/> feeds a covered member and no use does anything else.</summary>
    public static bool OnlyFeedsCoveredMembers(IMethodSymbol method, IParameterSymbol parameter, Compilation compilation, Func<ISymbol, ITypeSymbol, bool> isCovered, CancellationToken cancellationToken)
    {
        var result = Use.None;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            if (!compilation.ContainsSyntaxTree(declaration.SyntaxTree))
            {
                return false;
            }

            foreach (var token in declaration.DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.IdentifierToken) || token.ValueText != parameter.Name)
                {
                    continue;
                }

                if (token.Parent is IdentifierNameSyntax name)
                {
                    if (IsReference(name))
                    {
                        result = Combine(result, UseOf(name, method, declaration, compilation, isCovered, cancellationToken));
                    }
                }
                else if (token.Parent is not ParameterSyntax { Parent: ParameterListSyntax list } || list.Parent != declaration)
                {
                    // Something else of the same name (a local, a lambda's parameter): the name no longer says which is used.
                    return false;
                }

                if (result == Use.Other)
                {
                    return false;
                }
            }
        }

        return result == Use.FeedsCoveredMember;
    }

    // A name in an expression, not a member name after a dot, a named argument or an initializer's member.
    private static bool IsReference(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Expression == name,
        MemberBindingExpressionSyntax or NameColonSyntax or NameEqualsSyntax or QualifiedNameSyntax => false,
        AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } member => member.Right == name,
        _ => true,
    };

    private static Use Combine(Use soFar, Use use) =>
        soFar == Use.Other || use == Use.Other ? Use.Other
        : soFar == Use.FeedsCoveredMember || use == Use.FeedsCoveredMember ? Use.FeedsCoveredMember
        : Use.Neutral;

    // Follows one use up through what keeps the same value (email!, (email), (string)email, email ?? throw …,
    // check ? email : …, email.Trim()) to what is done with it.
    private static Use UseOf(ExpressionSyntax use, IMethodSymbol method, SyntaxNode declaration, Compilation compilation, Func<ISymbol, ITypeSymbol, bool> isCovered, CancellationToken cancellationToken)
    {
        SyntaxNode current = use;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case ParenthesizedExpressionSyntax or CastExpressionSyntax:
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }:
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce when coalesce.Left == current:
                case ConditionalExpressionSyntax conditional when conditional.WhenTrue == current || conditional.WhenFalse == current:
                    current = parent;
                    continue;
                case MemberAccessExpressionSyntax access when access.Expression == current && access.Parent is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call && call.Expression == access:
                    current = call;
                    continue;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                    return IsGuard(invocation) ? Use.Neutral : Use.Other;
                case IsPatternExpressionSyntax pattern when pattern.Expression == current:
                    return Use.Neutral;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } comparison
                    when (comparison.Left == current ? comparison.Right : comparison.Left).IsKind(SyntaxKind.NullLiteralExpression):
                    return Use.Neutral;
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Right == current:
                    return Fed(Target(assignment, method, declaration, compilation, cancellationToken), isCovered);
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return Fed(Member(method.ContainingType, property.Identifier.ValueText), isCovered);
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } field }:
                    return Fed(Member(method.ContainingType, field.Identifier.ValueText), isCovered);
                default:
                    return Use.Other;
            }
        }

        return Use.Other;
    }

    private static Use Fed(ISymbol? member, Func<ISymbol, ITypeSymbol, bool> isCovered) => member switch
    {
        IFieldSymbol field when isCovered(field, field.Type) => Use.FeedsCoveredMember,
        IPropertySymbol property when isCovered(property, property.Type) => Use.FeedsCoveredMember,
        _ => Use.Other,
    };

    // The field or property an assignment writes, where the syntax and the declared symbols say which it is.
    private static ISymbol? Target(AssignmentExpressionSyntax assignment, IMethodSymbol method, SyntaxNode declaration, Compilation compilation, CancellationToken cancellationToken)
    {
        switch (assignment.Left)
        {
            case IdentifierNameSyntax name when assignment.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression, Parent: ObjectCreationExpressionSyntax creation }:
                // new Customer { Email = email }: the created type.
                return TypeOf(creation.Type, compilation) is { } created ? Member(created, name.Identifier.ValueText) : null;
            case IdentifierNameSyntax name when assignment.Parent is not InitializerExpressionSyntax:
                return Declaration(declaration, name.Identifier.ValueText, ownParameters: true, cancellationToken) is null ? Member(method.ContainingType, name.Identifier.ValueText) : null;
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: ThisExpressionSyntax or BaseExpressionSyntax, Name: IdentifierNameSyntax name }:
                return Member(method.ContainingType, name.Identifier.ValueText);
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax name } access:
                // customer.Email = email, _customer.Email = email, this._customer.Email = email: the receiver is a parameter
                // or a member of the type.
                return ReceiverType(access.Expression, method, declaration, compilation, cancellationToken) is { } receiverType ? Member(receiverType, name.Identifier.ValueText) : null;
            default:
                return null;
        }
    }

    private static ITypeSymbol? ReceiverType(ExpressionSyntax receiver, IMethodSymbol method, SyntaxNode declaration, Compilation compilation, CancellationToken cancellationToken)
    {
        string name;
        switch (receiver)
        {
            case IdentifierNameSyntax identifier:
                name = identifier.Identifier.ValueText;
                switch (Declaration(declaration, name, ownParameters: false, cancellationToken))
                {
                    case null:
                        break;
                    case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax local } variable:
                        // A local of a written type, or `var x = new T(…)`: the type bound on its own.
                        var written = local.Type.IsVar ? (variable.Initializer?.Value as ObjectCreationExpressionSyntax)?.Type : local.Type;
                        return written is null ? null : TypeOf(written, compilation);
                    default:
                        return null;
                }

                if (ParameterType(method, name) is { } type)
                {
                    return type;
                }

                break;
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax identifier }:
                name = identifier.Identifier.ValueText;
                break;
            default:
                return null;
        }

        return Member(method.ContainingType, name) switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };
    }

    // A type as written in the code, bound on its own at its position (speculatively: the body around it is not bound).
    private static ITypeSymbol? TypeOf(TypeSyntax type, Compilation compilation)
    {
#pragma warning disable RS1030 // Only a type's name is bound, for the few parameters that reach an initializer or a local's member.
        return compilation.GetSemanticModel(type.SyntaxTree).GetSpeculativeTypeInfo(type.SpanStart, type, SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
#pragma warning restore RS1030
    }

    private static ITypeSymbol? ParameterType(IMethodSymbol method, string name)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter.Type;
            }
        }

        return null;
    }

    // A field or a property (not an indexer) of that name, declared by the type, a base type or (for an interface) an
    // inherited interface.
    private static ISymbol? Member(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Find(current, name) is { } member)
            {
                return member;
            }
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            foreach (var inherited in type.AllInterfaces)
            {
                if (Find(inherited, name) is { } member)
                {
                    return member;
                }
            }
        }

        return null;
    }

    private static ISymbol? Find(ITypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IFieldSymbol or IPropertySymbol { IsIndexer: false })
            {
                return member;
            }
        }

        return null;
    }

    // What in the code declares a local, a parameter (a lambda's; the method's own when asked), a range variable or a local
    // function of that name, which a bare name could then mean instead of a member or the method's parameter: the
    // declaring node when there is one, the declaration itself when there are several, null when there is none.
    private static SyntaxNode? Declaration(SyntaxNode declaration, string name, bool ownParameters, CancellationToken cancellationToken)
    {
        SyntaxNode? found = null;
        foreach (var token in declaration.DescendantTokens())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Parent is
                    VariableDeclaratorSyntax or SingleVariableDesignationSyntax or ParameterSyntax or ForEachStatementSyntax or
                    CatchDeclarationSyntax or FromClauseSyntax or LetClauseSyntax or JoinClauseSyntax or JoinIntoClauseSyntax or
                    QueryContinuationSyntax or LocalFunctionStatementSyntax &&
                token.Parent.Parent?.Parent is not FieldDeclarationSyntax &&
                (ownParameters || token.Parent is not ParameterSyntax { Parent: ParameterListSyntax list } || list.Parent != declaration))
            {
                if (found is not null)
                {
                    return declaration;
                }

                found = token.Parent;
            }
        }

        return found;
    }

    // Checks that read a value without passing it anywhere.
    private static bool IsGuard(InvocationExpressionSyntax invocation)
    {
        var name = invocation.Expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        return name is not null && (name == "nameof" || name.StartsWith("ThrowIf", StringComparison.Ordinal) || name is "IsNullOrEmpty" or "IsNullOrWhiteSpace");
    }
}
