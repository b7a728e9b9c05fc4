using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// Code that does not fully bind — a constant from a package the build cannot see passed to a framework call
/// (<c>await HttpContext.AuthenticateAsync(IdentityServerConstants.ExternalCookieAuthenticationScheme)</c>), a half-typed
/// line in the editor — leaves every value computed from it without a type, and every member read of those values
/// unbound. The compiler still names its best candidate's result type; from it the walker recovers the types of such
/// locals and the members read off them, so framework sources and declared members read through them are still followed.
/// </summary>
internal sealed partial class FlowWalker
{
    // How far a chain of unbound member reads is followed back to a typed value (a.B.C.D…).
    private const int MaxRecoveredChain = 16;

    // Locals whose own type did not bind, and the type their initializer's best candidate gives them.
    private readonly Dictionary<ISymbol, ITypeSymbol> recoveredTypes = new(SymbolEqualityComparer.Default);

    private void RecoverLocalType(ILocalSymbol local, IOperation initializer)
    {
        if (local.Type.TypeKind == TypeKind.Error && RecoveredType(initializer) is { } type)
        {
            recoveredTypes[local] = type;
        }
    }

    /// <summary>The type of a value, recovered where it did not bind; <see langword="null"/> when nothing is known.</summary>
    private ITypeSymbol? RecoveredType(IOperation? operation, int depth = 0)
    {
        if (depth > MaxRecoveredChain)
        {
            return null;
        }

        switch (operation)
        {
            case null:
                return null;
            case IAwaitOperation { Type.TypeKind: TypeKind.Error } awaited:
                return RecoveredType(awaited.Operation, depth + 1) is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task ? task.TypeArguments[0] : null;
            case ILocalReferenceOperation { Local.Type.TypeKind: TypeKind.Error } local:
                return recoveredTypes.TryGetValue(local.Local, out var recovered) ? recovered : null;
            case IInvalidOperation invalid when RecoveredMember(invalid, depth + 1) is { } member:
                return member switch
                {
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                };
            case { Type: { TypeKind: not TypeKind.Error } type }:
                return type;
            default:
                return null;
        }
    }

    /// <summary><c>x.Member</c> that did not bind because <c>x</c>'s type did not: the member of <c>x</c>'s recovered type.</summary>
    private ISymbol? RecoveredMember(IInvalidOperation invalid, int depth = 0)
    {
        if (invalid.Syntax is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } ||
            invalid.ChildOperations.FirstOrDefault() is not { } receiver || RecoveredType(receiver, depth) is not { } type)
        {
            return null;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol) is { } member)
            {
                return member;
            }
        }

        return type.AllInterfaces.SelectMany(i => i.GetMembers(name)).FirstOrDefault(m => m is IPropertySymbol);
    }

    /// <summary>
    /// The value of code that did not bind: a member read off a value of recovered type is that member (a declared or
    /// framework-known one is its data; a number, flag or date read off personal data is not that data); a call the
    /// compiler could not resolve may hand back what it was given, like any call PiiGuard cannot see.
    /// </summary>
    private Taint Recovered(IInvalidOperation invalid, List<(IOperation Part, Taint Value)> parts)
    {
        if (RecoveredMember(invalid) is { } member)
        {
            if (model.FactFor(member) is { } fact)
            {
                return Taint.Of(fact);
            }

            var memberType = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
            return PiiModel.IsDerivedClean(memberType) || parts.Count == 0 ? Taint.Empty : parts[0].Value.Flatten();
        }

        if (invalid.Syntax is not InvocationExpressionSyntax || (invalid.Type is { TypeKind: not TypeKind.Error } result && PiiModel.IsDerivedClean(result)))
        {
            return Taint.Empty;
        }

        var value = Taint.Empty;
        foreach (var (_, part) in parts)
        {
            value = value.Union(part.Flatten());
        }

        return value;
    }
}
