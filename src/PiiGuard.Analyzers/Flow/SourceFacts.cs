using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// The source catalogue (<see cref="SourceCatalog"/>) resolved for one compilation, with what the assembly declares
/// about it (<c>[assembly: PiiExternal]</c>): the purposes of each framework group and the third-party members the
/// user marked. Its facts are ordinary facts, so every flow rule applies to them; with no purpose declared, none covers.
/// </summary>
internal sealed class SourceFacts
{
    private static readonly ImmutableHashSet<string> BuiltInMemberNames = SourceCatalog.Members.Select(m => m.Member).ToImmutableHashSet(StringComparer.Ordinal);
    private static readonly ImmutableHashSet<string> ClaimHolderNames = SourceCatalog.ClaimHolders.Select(n => n.Substring(n.LastIndexOf('.') + 1)).ToImmutableHashSet(StringComparer.Ordinal);

    private readonly WellKnownTypes types;
    private readonly Dictionary<FrameworkSource, Purpose> purposes = new();
    private readonly List<External> external = new();
    private readonly HashSet<string> externalNames = new(StringComparer.Ordinal);

    public SourceFacts(Compilation compilation, KnownTypes known)
    {
        types = WellKnownTypes.Of(compilation);
        foreach (var declaration in Declarations(compilation, known))
        {
            if (declaration.Source is { } source)
            {
                purposes[source] = (purposes.TryGetValue(source, out var existing) ? existing : Purpose.None) | declaration.Purpose;
            }
            else if (declaration.Type is { } type && declaration.Member is { } member && declaration.Category is { } category)
            {
                external.Add(new External(type, member, category, declaration.Purpose));
                externalNames.Add(member);
            }
        }
    }

    /// <summary>One <c>[assembly: PiiExternal]</c>, as written (arguments that cannot be read are null).</summary>
    internal sealed record Declaration(FrameworkSource? Source, INamedTypeSymbol? Type, string? Member, Category? Category, Purpose Purpose, string? Description);

    private sealed record External(INamedTypeSymbol Type, string Member, Category Category, Purpose Purpose);

    /// <summary>The compilation's own <c>[assembly: PiiExternal]</c> declarations; malformed arguments read as null.</summary>
    public static IEnumerable<Declaration> Declarations(Compilation compilation, KnownTypes known)
    {
        var attributeType = known.PiiExternal;
        if (attributeType is null)
        {
            yield break;
        }

        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (!KnownTypes.Is(attribute.AttributeClass, attributeType) || attribute.AttributeConstructor is not { } constructor)
            {
                continue;
            }

            var raw = AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.PiiExternal.Purpose)) ?? 0;
            var purpose = (raw & ~(long)Taxonomy.AllPurposes) != 0 ? Purpose.None : (Purpose)raw;
            var description = AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.PiiExternal.Description));
            if (constructor.Parameters.Length == 1)
            {
                var source = AttributeArguments.Integral(AttributeArguments.Positional(attribute, 0)) is { } value && Enum.IsDefined(typeof(FrameworkSource), (int)value)
                    ? (FrameworkSource?)(int)value
                    : null;
                yield return new Declaration(source, null, null, null, purpose, description);
            }
            else
            {
                var type = AttributeArguments.Positional(attribute, 0) is { Kind: TypedConstantKind.Type, Value: INamedTypeSymbol named } ? named.OriginalDefinition : null;
                var member = AttributeArguments.String(AttributeArguments.Positional(attribute, 1)) is { Length: > 0 } name ? name.Trim() : null;
                var category = AttributeArguments.Integral(AttributeArguments.Positional(attribute, 2)) is { } c && Taxonomy.IsDefined((Category)(int)c) ? (Category?)(int)c : null;
                yield return new Declaration(null, type, member, category, purpose, description);
            }
        }
    }

    /// <summary>
    /// The names through which bodies read the catalogue's sources (for <see cref="PiiRelevance"/>): empty unless the
    /// compilation has an <c>[assembly: PiiExternal]</c>, or can see ASP.NET Core and declares personal data
    /// (<paramref name="declared"/>) or any assembly-level PiiGuard attribute, so a compilation that marks nothing does no per-body work.
    /// </summary>
    public static ImmutableArray<string> RelevanceNames(Compilation compilation, bool declared)
    {
        var known = KnownTypes.TryCreate(compilation);
        var declarations = known is null ? new List<Declaration>() : Declarations(compilation, known).ToList();
        var names = declarations.Select(d => d.Member).OfType<string>().ToList();
        // A project opts in with any PiiGuard declaration: a [Pii] here or in a reference, or an assembly-level attribute
        // ([assembly: PiiHomeRegion], PiiExternal, PiiDestination…).
        var builtIn = WellKnownTypes.Of(compilation).Get(SourceCatalog.AnchorType) is not null &&
            (declared || declarations.Count > 0 || compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.ContainingNamespace is { Name: "PiiGuard", ContainingNamespace.IsGlobalNamespace: true }));
        if (builtIn || names.Count > 0)
        {
            names.AddRange(SourceCatalog.RelevanceNames);
        }

        return names.Distinct(StringComparer.Ordinal).ToImmutableArray();
    }

    private Purpose PurposeOf(FrameworkSource source) => purposes.TryGetValue(source, out var purpose) ? purpose : Purpose.None;

    /// <summary>The fact of a property, field or method (its return value) the catalogue or a <c>PiiExternal</c> names.</summary>
    public PiiFact? ForMember(ISymbol symbol)
    {
        if (symbol is not (IPropertySymbol or IFieldSymbol or IMethodSymbol) || symbol.ContainingType is not { } containing)
        {
            return null;
        }

        var name = symbol.Name;
        if (externalNames.Contains(name))
        {
            foreach (var entry in external)
            {
                if (entry.Member == name && Declares(containing, entry.Type))
                {
                    return new PiiFact($"{entry.Type.Name}.{name}", entry.Category, entry.Purpose, default);
                }
            }
        }

        if (!BuiltInMemberNames.Contains(name))
        {
            return null;
        }

        foreach (var entry in SourceCatalog.Members)
        {
            if (entry.Member == name && types.Get(entry.TypeName) is { } type && Declares(containing, type))
            {
                return new PiiFact($"{type.Name}.{name}", entry.Category, PurposeOf(entry.Source), default);
            }
        }

        return null;
    }

    /// <summary>A client-address header read by indexer: <c>Request.Headers["X-Forwarded-For"]</c>.</summary>
    public PiiFact? ForIndexer(IPropertyReferenceOperation indexer) =>
        indexer.Property.IsIndexer && indexer.Arguments.Length == 1 && IsHeaderDictionary(indexer.Instance?.Type)
            ? HeaderFact(indexer.Arguments[0].Value.ConstantValue)
            : null;

    /// <summary>
    /// A claim looked up by type (<c>User.FindFirstValue(ClaimTypes.Email)</c>), or a client-address header read with
    /// <c>TryGetValue</c> (<paramref name="throughOut"/>: the value comes out through the out argument).
    /// </summary>
    public PiiFact? ForCall(IInvocationOperation invocation, out bool throughOut)
    {
        throughOut = false;
        var method = invocation.TargetMethod;
        if (method.Name == "TryGetValue" && invocation.Arguments.Length == 2 && IsHeaderDictionary(invocation.Instance?.Type))
        {
            throughOut = true;
            return HeaderFact(invocation.Arguments[0].Value.ConstantValue);
        }

        if (!SourceCatalog.ClaimLookups.Contains(method.Name) || !types.IsAny(method.ContainingType, SourceCatalog.ClaimLookupTypes))
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String && argument.Value.ConstantValue is { HasValue: true, Value: string claimType } &&
                SourceCatalog.ClaimFor(claimType) is { } claim)
            {
                return new PiiFact(claim.Name, claim.Category, PurposeOf(FrameworkSource.IdentityClaims), default);
            }
        }

        return null;
    }

    /// <summary>A principal, identity or claim written out whole (<c>{@principal}</c>, a serializer): its claims.</summary>
    public PiiFact? ForObject(ITypeSymbol type) =>
        ClaimHolderNames.Contains(type.Name) && types.IsAny(type, SourceCatalog.ClaimHolders)
            ? new PiiFact("ClaimsPrincipal.Claims", Category.Account, PurposeOf(FrameworkSource.IdentityClaims), default)
            : null;

    private PiiFact? HeaderFact(Optional<object?> key) =>
        key is { HasValue: true, Value: string name } && SourceCatalog.ClientAddressHeader(name) is { } header
            ? new PiiFact($"Headers[\"{header}\"]", Category.IpAddress, PurposeOf(FrameworkSource.ClientIpAddress), default)
            : null;

    private bool IsHeaderDictionary(ITypeSymbol? type) =>
        type is not null && types.Get(SourceCatalog.HeaderDictionaryType) is { } headers &&
        (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, headers) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, headers)));

    private static bool Declares(INamedTypeSymbol containing, INamedTypeSymbol type) =>
        SymbolEqualityComparer.Default.Equals(containing.OriginalDefinition, type) || PiiModel.InheritsFrom(containing, type) ||
        (type.TypeKind == TypeKind.Interface && containing.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, type)));
}
