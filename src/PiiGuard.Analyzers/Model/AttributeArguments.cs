using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiGuard.Analyzers.Model;

/// <summary>Reads PiiGuard attribute arguments defensively and finds the syntax of each argument.</summary>
internal static class AttributeArguments
{
    public static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public static TypedConstant? Positional(AttributeData attribute, int index) =>
        index < attribute.ConstructorArguments.Length ? attribute.ConstructorArguments[index] : null;

    public static string? String(TypedConstant? constant) =>
        constant is { Kind: TypedConstantKind.Primitive, Value: string s } ? s : null;

    public static bool Bool(TypedConstant? constant) => constant is { Kind: TypedConstantKind.Primitive, Value: true };

    /// <summary>An enum (or integral) constant as a 64-bit value, or <see langword="null"/>.</summary>
    public static long? Integral(TypedConstant? constant) => constant?.Value switch
    {
        int i => i,
        long l => l,
        uint u => u,
        short s => s,
        ushort us => us,
        byte b => b,
        sbyte sb => sb,
        _ => null,
    };

    public static ImmutableArray<string> Strings(TypedConstant? constant)
    {
        if (constant is not { Kind: TypedConstantKind.Array, IsNull: false } array)
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in array.Values)
        {
            if (item.Value is string s && s.Trim().Length > 0)
            {
                builder.Add(s);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Whether every <c>Name = value</c> written in source made it into <paramref name="attribute"/>.</summary>
    public static bool AllNamedArgumentsBound(AttributeData attribute, AttributeSyntax? syntax)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Value.Kind == TypedConstantKind.Error)
            {
                return false;
            }
        }

        if (syntax?.ArgumentList is not { } list)
        {
            return true;
        }

        var written = 0;
        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals is not null)
            {
                written++;
            }
        }

        return written == attribute.NamedArguments.Length;
    }

    /// <summary>The attribute's syntax, or <see langword="null"/> when it comes from metadata.</summary>
    public static AttributeSyntax? Syntax(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

    /// <summary>The location of a positional argument, falling back to the attribute itself.</summary>
    public static Location? PositionalLocation(AttributeSyntax? syntax, int index)
    {
        if (syntax is null)
        {
            return null;
        }

        var position = 0;
        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals is not null)
            {
                continue;
            }

            if (position++ == index)
            {
                return argument.Expression.GetLocation();
            }
        }

        return syntax.GetLocation();
    }

    /// <summary>The location of a named argument (<c>Name = value</c>), falling back to the attribute itself.</summary>
    public static Location? NamedLocation(AttributeSyntax? syntax, string name)
    {
        if (syntax is null)
        {
            return null;
        }

        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return argument.Expression.GetLocation();
            }
        }

        return syntax.GetLocation();
    }
}
