using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Flow;

/// <summary>How an object is turned into output, which decides which of its members are written.</summary>
internal enum ObjectView
{
    /// <summary>A structured logger's <c>{@X}</c>: every readable public property, recursively.</summary>
    Destructure,

    /// <summary>A record's compiler-generated <c>ToString</c>: public fields and properties, nested records too.</summary>
    Rendered,

    /// <summary>A serializer: see <see cref="SerializerFamily"/> for the ignore attributes honoured.</summary>
    Serialized,
}

/// <summary>
/// What one compilation declares about personal data: the facts of members, parameters and return values (from
/// source and referenced assemblies), the personal-data members objects carry, redactors, and regions. Resolved
/// lazily and cached for the compilation's lifetime; every lookup is by symbol, never by name.
/// </summary>
internal sealed class PiiModel
{
    private const int MaxObjectDepth = 4;

    private readonly ConcurrentDictionary<ISymbol, StrongBox<PiiFact?>> facts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, (bool Anchor, bool Owned)> personRecords = new(SymbolEqualityComparer.Default);

    // Whether a type is a model (Discovery.PiiDiscoveryAnalyzer.IsModel), read once per type and compilation.
    private readonly ConcurrentDictionary<ITypeSymbol, bool> models = new(SymbolEqualityComparer.Default);
    private readonly Discovery.MarkedCopies copies;
    private readonly ConcurrentDictionary<(ITypeSymbol Type, ObjectView View, SerializerFamily Family), ImmutableArray<PiiFact>> objectFacts = new(ObjectKeyComparer.Instance);
    private readonly ConcurrentDictionary<ISymbol, StrongBox<Destination?>> destinations = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, StrongBox<Destination?>> stores = new(SymbolEqualityComparer.Default);
    private readonly ImmutableDictionary<string, Destination> recipients;
    private readonly INamedTypeSymbol? stjIgnore;
    private readonly INamedTypeSymbol? newtonsoftIgnore;
    private readonly INamedTypeSymbol? ignoreDataMember;
    private readonly INamedTypeSymbol? xmlIgnore;
    private readonly INamedTypeSymbol? complianceRedactor;
    private readonly INamedTypeSymbol? enumerableOfT;
    private readonly INamedTypeSymbol? compilerGenerated;
    private readonly ImmutableArray<(string Region, TransferMechanism Mechanism)> transfers;
    private readonly ImmutableDictionary<string, Destination> hosts;

    public PiiModel(Compilation compilation, KnownTypes known, string? homeRegionProperty)
    {
        Compilation = compilation;
        Known = known;
        copies = new Discovery.MarkedCopies(compilation, known.Pii);
        var types = WellKnownTypes.Of(compilation);
        stjIgnore = types.Get(ApiCatalog.JsonIgnoreAttribute);
        newtonsoftIgnore = types.Get(ApiCatalog.NewtonsoftJsonIgnoreAttribute);
        ignoreDataMember = types.Get(ApiCatalog.IgnoreDataMemberAttribute);
        xmlIgnore = types.Get(ApiCatalog.XmlIgnoreAttribute);
        complianceRedactor = types.Get(ApiCatalog.ComplianceRedactorType);
        enumerableOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
        compilerGenerated = types.Get(ApiCatalog.CompilerGeneratedAttribute);
        LoggerMessageAttribute = types.Get(ApiCatalog.LoggerMessageAttribute);
        MelLogger = types.Get(ApiCatalog.MelLoggerType);
        Exception = types.Get(ApiCatalog.ExceptionType);
        HttpClient = types.Get(ApiCatalog.HttpClientType);
        Sinks = SinkCatalog.Resolve(compilation);
        Sources = new SourceFacts(compilation, known);

        string? home = null;
        var transferList = ImmutableArray.CreateBuilder<(string, TransferMechanism)>();
        var hostMap = ImmutableDictionary.CreateBuilder<string, Destination>(StringComparer.OrdinalIgnoreCase);
        var recipientMap = ImmutableDictionary.CreateBuilder<string, Destination>(StringComparer.OrdinalIgnoreCase);
        Destination? defaultStore = null;
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (KnownTypes.Is(attribute.AttributeClass, known.PiiHomeRegion))
            {
                home ??= Regions.Normalize(AttributeArguments.String(AttributeArguments.Positional(attribute, 0)));
            }
            else if (KnownTypes.Is(attribute.AttributeClass, known.PiiTransfer) &&
                     Regions.Normalize(AttributeArguments.String(AttributeArguments.Positional(attribute, 0))) is { } region &&
                     AttributeArguments.Integral(AttributeArguments.Positional(attribute, 1)) is { } mechanism)
            {
                transferList.Add((region, (TransferMechanism)(int)mechanism));
            }
            else if (KnownTypes.Is(attribute.AttributeClass, known.PiiDestination) &&
                     AttributeArguments.String(AttributeArguments.Named(attribute, "Host")) is { Length: > 0 } host &&
                     ReadDestination(attribute) is { } destination)
            {
                hostMap[host.Trim()] = destination;
            }
            else if (KnownTypes.Is(attribute.AttributeClass, known.PiiDestination) &&
                     ReadDestination(attribute) is { Recipient: { Length: > 0 } recipient } byRecipient && !recipientMap.ContainsKey(recipient.Trim()))
            {
                // [assembly: PiiDestination("US", Recipient = "Stripe")]: where an SDK preset's recipient is.
                recipientMap[recipient.Trim()] = byRecipient;
            }
            else if (KnownTypes.Is(attribute.AttributeClass, known.PiiStorage))
            {
                defaultStore ??= ReadStorage(attribute);
            }
        }

        HomeRegion = home ?? Regions.Normalize(homeRegionProperty);
        transfers = transferList.ToImmutable();
        hosts = hostMap.ToImmutable();
        recipients = recipientMap.ToImmutable();
        DefaultStore = defaultStore;
    }

    /// <summary>
    /// The first <c>[assembly: PiiStorage]</c>: the store a write is placed in when nothing nearer declares one (the
    /// assembly-level declaration says where the application keeps its data, so it declares every store).
    /// </summary>
    public Destination? DefaultStore { get; }

    public Compilation Compilation { get; }

    public KnownTypes Known { get; }

    public string? HomeRegion { get; }

    public INamedTypeSymbol? LoggerMessageAttribute { get; }

    public INamedTypeSymbol? MelLogger { get; }

    public INamedTypeSymbol? Exception { get; }

    public INamedTypeSymbol? HttpClient { get; }

    public IReadOnlyDictionary<INamedTypeSymbol, List<SinkEntry>> Sinks { get; }

    /// <summary>
    /// Audit mode (<c>PiiGuardAudit</c>): members of this compilation that discovery classifies as personal data but
    /// nobody marked are followed too, as inferred facts (PII06xx).
    /// </summary>
    public bool Audit { get; init; }

    // As discovery classifies them (PiiDiscoveryAnalyzer): instance fields and properties declared in source.
    private PiiFact? Inferred(ISymbol symbol)
    {
        var type = symbol switch
        {
            IPropertySymbol { IsIndexer: false, IsImplicitlyDeclared: false } property => property.Type,
            IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false, AssociatedSymbol: null } field => field.Type,
            _ => null,
        };
        if (type is null || symbol.IsStatic || symbol.ContainingType is not { } container || symbol.Locations.Length == 0 || !symbol.Locations[0].IsInSource)
        {
            return null;
        }

        var typeName = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        var typeFacts = new Discovery.PiiNameClassifier.TypeFacts(typeName);
        // By name; else as a member of a person's record by its other members (a first name, a birth date) or of a record about
        // one person (a key or a reference to them); else by the names the member's attributes give it ([EmailAddress],
        // [Display(Name = "Date of birth")]); else by the learned second opinion (Discovery.NameModel); else by a marked member
        // of the same name on a related type (Cycle.Symptoms of CycleDto.Symptoms), as discovery reads them.
        var category = Discovery.PiiNameClassifier.Classify(container.Name, symbol.Name, typeName);
        var (anchor, owned) = category is null ? personRecords.GetOrAdd(container, Discovery.PiiDiscoveryAnalyzer.SiblingEvidence) : default;
        category ??= anchor || owned ? Discovery.PiiNameClassifier.Classify(container.Name, symbol.Name, typeName, anchor, owned) : null;
        category = Discovery.NameModel.Decide(
                category,
                container.Name,
                symbol.Name,
                typeName,
                () => Discovery.PiiDiscoveryAnalyzer.AttributeEvidence(symbol, name => Discovery.PiiNameClassifier.Classify(container.Name, name, typeName, anchor, owned), default))
            ?? (typeFacts.HoldsNoValue ? null : copies.Find(symbol.Name, container, default));

        // A model (BaseItem Owner), however its name reads: its own members are what discovery reads, as for PII0008.
        return category is { } found && !Discovery.PiiDiscoveryAnalyzer.HoldsModel(type, typeFacts, models)
            ? new PiiFact($"{container.Name}.{symbol.Name}", found, Purpose.None, default, inferred: true)
            : null;
    }

    /// <summary>Framework-known personal data and third-party members marked with <c>[assembly: PiiExternal]</c>.</summary>
    public SourceFacts Sources { get; }

    /// <summary>The declared fact of a member, parameter or method (its return value), or <see langword="null"/>.</summary>
    public PiiFact? FactFor(ISymbol symbol) =>
        facts.TryGetValue(symbol, out var known) ? known.Value : facts.GetOrAdd(symbol, new StrongBox<PiiFact?>(ComputeFact(symbol))).Value;

    private PiiFact? ComputeFact(ISymbol symbol)
    {
        var fact = ComputeFactCore(symbol);
        if (fact is null)
        {
            // Not declared in code: the source catalogue's (no declaration to point a fix at), or in audit mode what
            // discovery infers.
            return Sources.ForMember(symbol) ?? (Audit ? Inferred(symbol) : null);
        }

        return new PiiFact(fact.Member, fact.Category, fact.Purpose, fact.Path, symbolId: fact.SymbolId ?? DeclarationId(symbol), disclosure: fact.Disclosure);
    }

    private static string? DeclarationId(ISymbol symbol) => symbol switch
    {
        IParameterSymbol parameter => parameter.ContainingSymbol is { } method ? DocumentationCommentId.CreateDeclarationId(method) + "#" + parameter.Name : null,
        _ => DocumentationCommentId.CreateDeclarationId(symbol),
    };

    private PiiFact? ComputeFactCore(ISymbol symbol)
    {
        switch (symbol)
        {
            case IParameterSymbol parameter:
                return FromAttributes(parameter.GetAttributes(), () => ParameterName(parameter)) ?? InheritedParameterFact(parameter);
            case IMethodSymbol method:
                return FromAttributes(method.GetReturnTypeAttributes(), () => $"{method.ContainingType?.Name}.{method.Name}()");
            case IPropertySymbol or IFieldSymbol:
                if (symbol is IFieldSymbol { AssociatedSymbol: not null } or { IsStatic: true } && symbol is not IFieldSymbol { IsConst: false, IsStatic: true })
                {
                    return null;
                }

                var name = $"{symbol.ContainingType?.Name}.{symbol.Name}";
                if (FromAttributes(symbol.GetAttributes(), () => name) is { } own)
                {
                    return own;
                }

                if (symbol is IPropertySymbol { OverriddenProperty: { } overridden } && FactFor(overridden) is { } inherited)
                {
                    return inherited;
                }

                if (symbol is IPropertySymbol property && symbol.ContainingType is { } owner)
                {
                    // [field: Pii] on an auto-property marks its backing field.
                    foreach (var member in owner.GetMembers())
                    {
                        if (member is IFieldSymbol backing && SymbolEqualityComparer.Default.Equals(backing.AssociatedSymbol, property) &&
                            FromAttributes(backing.GetAttributes(), () => name) is { } fromField)
                        {
                            return fromField;
                        }
                    }

                    // [Pii] declared on the interface property this one implements.
                    foreach (var @interface in owner.AllInterfaces)
                    {
                        foreach (var declared in @interface.GetMembers(property.Name))
                        {
                            if (declared is IPropertySymbol && SymbolEqualityComparer.Default.Equals(owner.FindImplementationForInterfaceMember(declared), property) &&
                                FactFor(declared) is { } fromInterface)
                            {
                                return new PiiFact(name, fromInterface.Category, fromInterface.Purpose, default, disclosure: fromInterface.Disclosure);
                            }
                        }
                    }
                }

                if (symbol.ContainingType is { IsRecord: true } record && symbol is IPropertySymbol)
                {
                    foreach (var constructor in record.InstanceConstructors)
                    {
                        foreach (var parameter in constructor.Parameters)
                        {
                            if (parameter.Name == symbol.Name && FromAttributes(parameter.GetAttributes(), () => name) is { } positional)
                            {
                                return positional;
                            }
                        }
                    }
                }

                for (var type = symbol.ContainingType; type is not null; type = type.BaseType)
                {
                    if (FromAttributes(type.GetAttributes(), () => name) is { } fromType)
                    {
                        return fromType;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>[Pii]</c> on the same parameter of the method this one overrides or implements (a base class's, an interface's,
    /// implicitly or explicitly): the contract's mark covers every body that fulfils it, as an interface property's mark
    /// covers its implementations. The fact points at the marked declaration (for code fixes).
    /// </summary>
    private PiiFact? InheritedParameterFact(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation } method)
        {
            return null;
        }

        foreach (var contract in Contracts(method))
        {
            if (parameter.Ordinal < contract.Parameters.Length &&
                contract.Parameters[parameter.Ordinal].OriginalDefinition is var declared &&
                ComputeFactCore(declared) is { } fact)
            {
                return new PiiFact(ParameterName(parameter), fact.Category, fact.Purpose, default, symbolId: fact.SymbolId ?? DeclarationId(declared), disclosure: fact.Disclosure);
            }
        }

        return null;
    }

    /// <summary>The methods <paramref name="method"/> overrides or implements, nearest first.</summary>
    internal static IEnumerable<IMethodSymbol> Contracts(IMethodSymbol method)
    {
        if (method.OverriddenMethod is { } overridden)
        {
            yield return overridden;
        }

        foreach (var explicitly in method.ExplicitInterfaceImplementations)
        {
            yield return explicitly;
        }

        if (method.MethodKind != MethodKind.Ordinary || method.IsStatic || method.ContainingType is not { } owner)
        {
            yield break;
        }

        foreach (var @interface in owner.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (member is IMethodSymbol candidate && candidate.Parameters.Length == method.Parameters.Length &&
                    SymbolEqualityComparer.Default.Equals(owner.FindImplementationForInterfaceMember(candidate), method))
                {
                    yield return candidate;
                }
            }
        }
    }

    private PiiFact? FromAttributes(ImmutableArray<AttributeData> attributes, Func<string> name) =>
        PiiDeclaration.Find(attributes, Known.Pii) is { } declaration
            ? new PiiFact(name(), declaration.Category, DefinedPurpose(attributes, declaration.Purpose), default, disclosure: Disclosure.Of(declaration))
            : null;

    // (Purpose)(-1) or any value with undefined bits is not a declaration of every purpose: it declares none that counts.
    private Purpose DefinedPurpose(ImmutableArray<AttributeData> attributes, Purpose purpose)
    {
        foreach (var attribute in attributes)
        {
            if (KnownTypes.Is(attribute.AttributeClass, Known.Pii) &&
                AttributeArguments.Integral(AttributeArguments.Named(attribute, "Purpose")) is { } raw && (raw & ~(long)Taxonomy.AllPurposes) != 0)
            {
                return Purpose.None;
            }
        }

        return purpose;
    }

    private static string ParameterName(IParameterSymbol parameter) => parameter.ContainingSymbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => $"{constructor.ContainingType.Name}({parameter.Name})",
        IMethodSymbol method => $"{method.ContainingType?.Name}.{method.Name}({parameter.Name})",
        _ => parameter.Name,
    };

    /// <summary>The personal-data members an object of <paramref name="type"/> writes out under <paramref name="view"/>.</summary>
    public ImmutableArray<PiiFact> ObjectFacts(ITypeSymbol? type, ObjectView view, SerializerFamily family = SerializerFamily.None)
    {
        if (type is null || IsScalar(type))
        {
            return ImmutableArray<PiiFact>.Empty;
        }

        var key = (type, view, family);
        if (objectFacts.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var builder = ImmutableArray.CreateBuilder<PiiFact>();
        CollectObjectFacts(type, view, family, builder, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0);
        return objectFacts.GetOrAdd(key, builder.ToImmutable());
    }

    private void CollectObjectFacts(ITypeSymbol type, ObjectView view, SerializerFamily family, ImmutableArray<PiiFact>.Builder into, HashSet<ITypeSymbol> visiting, int depth)
    {
        if (depth > MaxObjectDepth || IsScalar(type) || !visiting.Add(type))
        {
            return;
        }

        if (ElementType(type) is { } element)
        {
            // Serializers and destructuring write collections item by item; ToString of a collection does not.
            if (view != ObjectView.Rendered)
            {
                CollectObjectFacts(element, view, family, into, visiting, depth + 1);
            }

            visiting.Remove(type);
            return;
        }

        // A principal or an identity written out whole (destructured, serialized) carries the user's claims.
        if (view != ObjectView.Rendered && Sources.ForObject(type) is { } claims)
        {
            if (!into.Any(f => f.SameItem(claims)))
            {
                into.Add(claims);
            }

            visiting.Remove(type);
            return;
        }

        if ((view == ObjectView.Rendered && !PrintsMembers(type)) || !MayHoldByName(type))
        {
            visiting.Remove(type);
            return;
        }

        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (WrittenType(member, view, family) is not { } memberType)
                {
                    continue;
                }

                if (FactFor(member) is { } fact)
                {
                    if (!into.Any(f => f.SameItem(fact)))
                    {
                        into.Add(fact);
                    }
                }
                else
                {
                    CollectObjectFacts(memberType, view, family, into, visiting, depth + 1);
                }
            }
        }

        visiting.Remove(type);
    }

    // The name test of MightHold, before any member is read: this is what keeps a wide object graph (an entity with a
    // hundred navigation properties) from being expanded when none of it holds declared data. A generic type may hold
    // what its type arguments hold, so it is always looked into.
    private bool MayHoldByName(ITypeSymbol type) =>
        MightHold is null || type is not INamedTypeSymbol named || MightHold(named.Name) ||
        (named.IsGenericType && named.TypeArguments.Any(a => !IsScalar(a)));

    /// <summary>
    /// Whether an object written out under <paramref name="view"/> writes <paramref name="member"/> (of its own type or
    /// a base): a readable public instance property, or a public field where the view writes fields, not ignored by the
    /// serializer. The member's type when it does (a record's ToString still needs <see cref="PrintsMembers"/>).
    /// </summary>
    public ITypeSymbol? WrittenType(ISymbol member, ObjectView view, SerializerFamily family)
    {
        if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared && member is not IPropertySymbol)
        {
            return null;
        }

        ITypeSymbol? memberType = member switch
        {
            IPropertySymbol { IsIndexer: false, GetMethod: not null, Name: not "EqualityContract" } p => p.Type,
            IFieldSymbol f when view != ObjectView.Destructure && (view != ObjectView.Serialized || family != SerializerFamily.SystemTextJson) => f.Type,
            _ => null,
        };
        return memberType is null || IsIgnored(member, view, family) ? null : memberType;
    }

    private bool IsIgnored(ISymbol member, ObjectView view, SerializerFamily family)
    {
        if (view != ObjectView.Serialized)
        {
            return false;
        }

        foreach (var attribute in member.GetAttributes())
        {
            var type = attribute.AttributeClass;
            var ignored = family switch
            {
                SerializerFamily.SystemTextJson => KnownTypes.Is(type, stjIgnore),
                SerializerFamily.Newtonsoft => KnownTypes.Is(type, newtonsoftIgnore) || KnownTypes.Is(type, ignoreDataMember),
                SerializerFamily.Xml => KnownTypes.Is(type, xmlIgnore),
                SerializerFamily.DataContract => KnownTypes.Is(type, ignoreDataMember),
                _ => KnownTypes.Is(type, stjIgnore) || KnownTypes.Is(type, newtonsoftIgnore) || KnownTypes.Is(type, ignoreDataMember) || KnownTypes.Is(type, xmlIgnore),
            };
            if (ignored)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <c>ToString()</c> of <paramref name="type"/> prints its members: a record without its own ToString.</summary>
    public bool PrintsMembers(ITypeSymbol type)
    {
        if (!type.IsRecord)
        {
            return false;
        }

        foreach (var member in type.GetMembers("ToString"))
        {
            if (member is IMethodSymbol { Parameters.Length: 0 } toString)
            {
                return toString.IsImplicitlyDeclared || toString.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, compilerGenerated));
            }
        }

        return true;
    }

    /// <summary>The element type of an array or <c>IEnumerable&lt;T&gt;</c> (strings are not collections).</summary>
    public ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, enumerableOfT))
        {
            return named.TypeArguments[0];
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(@interface.OriginalDefinition, enumerableOfT))
            {
                return @interface.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>Types whose values print as themselves: primitives, strings, enums, dates, ids.</summary>
    public static bool IsScalar(ITypeSymbol type)
    {
        if (type.TypeKind is TypeKind.Enum or TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Delegate or TypeKind.Error or TypeKind.TypeParameter)
        {
            return true;
        }

        if (type.SpecialType != SpecialType.None && type.SpecialType != SpecialType.System_Object)
        {
            return true;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return IsScalar(nullable.TypeArguments[0]);
        }

        return type.TypeKind == TypeKind.Struct && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };
    }

    private readonly ConcurrentDictionary<ITypeSymbol, bool> plumbing = new(SymbolEqualityComparer.Default);

    /// <summary>Whether a parameter of this type is plumbing (a logger, a level, a token, options), never data. Cached.</summary>
    public bool IsPlumbing(ITypeSymbol type)
    {
        if (plumbing.TryGetValue(type, out var known))
        {
            return known;
        }

        var result = type.TypeKind == TypeKind.Delegate;
        for (var current = type; !result && current is not null; current = current.BaseType)
        {
            result = SinkCatalog.PlumbingTypes.Contains(current.OriginalDefinition.ToDisplayString());
        }

        result = result || type.AllInterfaces.Any(i => SinkCatalog.PlumbingTypes.Contains(i.OriginalDefinition.ToDisplayString()));
        return plumbing.GetOrAdd(type, result);
    }

    /// <summary>
    /// Value types a derived value cannot carry personal data in: bool, numbers, chars, enums, ids and times
    /// (<c>Guid</c>, <c>DateTime</c>, <c>DateTimeOffset</c>, <c>TimeSpan</c>, <c>DateOnly</c>, <c>TimeOnly</c>). Such a value
    /// is personal data only where it is read from a declared member.
    /// </summary>
    public static bool IsDerivedClean(ITypeSymbol? type) => type is not null && (
        type.TypeKind == TypeKind.Enum ||
        type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Void or SpecialType.System_Byte or SpecialType.System_SByte or
            SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or
            SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double or
            SpecialType.System_Decimal or SpecialType.System_Char or SpecialType.System_DateTime or SpecialType.System_IntPtr or SpecialType.System_UIntPtr ||
        (type.TypeKind == TypeKind.Struct && type.Name is "Guid" or "DateTimeOffset" or "TimeSpan" or "DateOnly" or "TimeOnly" &&
            type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true }) ||
        (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && IsDerivedClean(nullable.TypeArguments[0])));

    private StrongBox<ImmutableArray<INamedTypeSymbol>>? holderTypes;

    /// <summary>
    /// Every named type of the compilation, and of the references that use PiiGuard, whose name may hold declared members:
    /// the candidates a type parameter or a base type may stand for at run time. Computed once per compilation, on demand.
    /// </summary>
    private ImmutableArray<INamedTypeSymbol> HolderTypes
    {
        get
        {
            // Published whole (a box), so a thread never sees a half-written array; two threads may both compute it.
            if (Volatile.Read(ref holderTypes) is { } known)
            {
                return known.Value;
            }

            var computed = new StrongBox<ImmutableArray<INamedTypeSymbol>>(ComputeHolderTypes());
            return (Interlocked.CompareExchange(ref holderTypes, computed, null) ?? computed).Value;
        }
    }

    /// <summary>
    /// A cheap superset test by name (from <see cref="PiiRelevance.HolderTypes"/>, read from syntax and metadata): a type
    /// whose name it rejects holds no declared member, so its members are never looked at.
    /// </summary>
    public Func<string, bool>? MightHold { get; set; }

    private ImmutableArray<INamedTypeSymbol> ComputeHolderTypes()
    {
        var result = ImmutableArray.CreateBuilder<INamedTypeSymbol>();

        // Whether it really holds declared members is asked only of the candidates that match a run-time bound
        // (ComputeRuntimeHolders): most bounds (ILogger, a service interface) match none.
        void Consider(INamedTypeSymbol type)
        {
            if (type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsAbstract && !type.IsGenericType &&
                (MightHold is null || MightHold(type.Name)))
            {
                result.Add(type);
            }
        }

        // This compilation's types by the declaration table's names: no type's members are built for the test (an editor
        // request runs on a fresh copy of the compilation, where building every type's members costs as much as binding).
        var pending = new Stack<INamespaceOrTypeSymbol>();
        if (MightHold is { } mightHold)
        {
            foreach (var symbol in Compilation.GetSymbolsWithName(mightHold, SymbolFilter.Type))
            {
                if (symbol is INamedTypeSymbol type)
                {
                    Consider(type);
                }
            }
        }
        else
        {
            pending.Push(Compilation.Assembly.GlobalNamespace);
        }

        foreach (var reference in Compilation.References)
        {
            if (Compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly &&
                assembly.Modules.Any(m => m.ReferencedAssemblies.Any(a => a.Name == "PiiGuard")))
            {
                pending.Push(assembly.GlobalNamespace);
            }
        }

        while (pending.Count > 0)
        {
            var container = pending.Pop();
            if (container is INamespaceSymbol ns)
            {
                foreach (var inner in ns.GetNamespaceMembers())
                {
                    pending.Push(inner);
                }
            }

            foreach (var type in container.GetTypeMembers())
            {
                pending.Push(type);
                Consider(type);
            }
        }

        return result.ToImmutable();
    }

    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>> runtimeHolders = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// For a type parameter with a constraint, or an interface / abstract / unsealed class other than <c>object</c>: the
    /// holder types a value of <paramref name="type"/> may be at run time (those that satisfy the constraints, or derive
    /// from or implement it). Empty for every other type, and for unconstrained type parameters (anything at all).
    /// </summary>
    public ImmutableArray<INamedTypeSymbol> RuntimeHolders(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType != SpecialType.None || type is INamedTypeSymbol { IsSealed: true } or IArrayTypeSymbol ||
            type.TypeKind is not (TypeKind.TypeParameter or TypeKind.Interface or TypeKind.Class) || ElementType(type) is not null)
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        return runtimeHolders.GetOrAdd(type, t => ComputeRuntimeHolders(t));
    }

    private ImmutableArray<INamedTypeSymbol> ComputeRuntimeHolders(ITypeSymbol type)
    {
        var bounds = new List<INamedTypeSymbol>();
        if (type is ITypeParameterSymbol parameter)
        {
            foreach (var constraint in parameter.ConstraintTypes)
            {
                if (constraint.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
                {
                    continue;
                }

                if (constraint is not INamedTypeSymbol named)
                {
                    // An array or another type parameter as a bound: no holder type satisfies it by derivation.
                    return ImmutableArray<INamedTypeSymbol>.Empty;
                }

                bounds.Add(named);
            }
        }
        else if (type is INamedTypeSymbol named)
        {
            bounds.Add(named);
        }

        if (bounds.Count == 0 || !HoldersByBase.TryGetValue(bounds[0].OriginalDefinition, out var candidates))
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        // Only the holders that derive from (or implement) the first bound's definition are tested, not every holder type.
        var result = new List<INamedTypeSymbol>();
        foreach (var holder in candidates)
        {
            if (SymbolEqualityComparer.Default.Equals(holder, type) || !SatisfiesAll(holder, bounds) || ObjectFacts(holder, ObjectView.Destructure).IsEmpty)
            {
                continue;
            }

            result.Add(holder);
        }

        return result.OrderBy(h => h.Name, StringComparer.Ordinal).ThenBy(h => h.ToDisplayString(), StringComparer.Ordinal).ToImmutableArray();
    }

    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>? holdersByBase;

    /// <summary>
    /// The holder types by the definition of each of their base types and interfaces: the candidates for a bound, found by
    /// one look-up instead of a test of every holder type against every bound. Built once per compilation, on demand.
    /// </summary>
    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> HoldersByBase
    {
        get
        {
            if (Volatile.Read(ref holdersByBase) is { } built)
            {
                return built;
            }

            var index = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var holder in HolderTypes)
            {
                seen.Clear();
                for (var current = holder.BaseType; current is not null; current = current.BaseType)
                {
                    Index(current.OriginalDefinition, holder);
                }

                foreach (var implemented in holder.AllInterfaces)
                {
                    Index(implemented.OriginalDefinition, holder);
                }
            }

            void Index(INamedTypeSymbol key, INamedTypeSymbol holder)
            {
                if (!seen.Add(key))
                {
                    return;
                }

                if (!index.TryGetValue(key, out var list))
                {
                    index.Add(key, list = new List<INamedTypeSymbol>());
                }

                list.Add(holder);
            }

            return Interlocked.CompareExchange(ref holdersByBase, index, null) ?? index;
        }
    }

    private static bool SatisfiesAll(INamedTypeSymbol candidate, List<INamedTypeSymbol> bounds)
    {
        foreach (var bound in bounds)
        {
            if (!Satisfies(candidate, bound))
            {
                return false;
            }
        }

        return true;
    }

    // A constraint or base mentioning other type parameters (IRequest<TResponse>) is matched by its generic definition.
    private static bool Satisfies(INamedTypeSymbol candidate, INamedTypeSymbol bound)
    {
        var byDefinition = bound.IsGenericType && bound.TypeArguments.Any(a => a.TypeKind == TypeKind.TypeParameter);
        if (bound.TypeKind == TypeKind.Interface)
        {
            foreach (var implemented in candidate.AllInterfaces)
            {
                if (Same(implemented, bound, byDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        for (var current = candidate.BaseType; current is not null; current = current.BaseType)
        {
            if (Same(current, bound, byDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(INamedTypeSymbol type, INamedTypeSymbol bound, bool byDefinition) =>
        SymbolEqualityComparer.Default.Equals(type, bound) ||
        (byDefinition && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, bound.OriginalDefinition));

    public bool IsRedactor(IMethodSymbol method)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (current.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, Known.PiiRedactor)))
            {
                return true;
            }
        }

        return method.Name == "Redact" && InheritsFrom(method.ContainingType, complianceRedactor);
    }

    /// <summary>The kind of a <c>[PiiSink]</c> method (<see cref="DeclaredSinkKind"/>), or <see langword="null"/>.</summary>
    public SinkKind? UserSinkKind(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (KnownTypes.Is(attribute.AttributeClass, Known.PiiSink) && AttributeArguments.Integral(AttributeArguments.Positional(attribute, 0)) is { } kind)
            {
                return (DeclaredSinkKind)(int)kind == DeclaredSinkKind.Serialize ? SinkKind.Serialize : SinkKind.Log;
            }
        }

        return null;
    }

    public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The destination declared with <c>[PiiDestination]</c> on a symbol, its type, or the type's interfaces.</summary>
    public Destination? DestinationOf(ISymbol symbol) =>
        destinations.TryGetValue(symbol, out var known) ? known.Value : destinations.GetOrAdd(symbol, new StrongBox<Destination?>(ComputeDestination(symbol))).Value;

    private Destination? ComputeDestination(ISymbol symbol)
    {
        if (ReadDestination(symbol.GetAttributes()) is { } own)
        {
            return own;
        }

        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (symbol is not INamedTypeSymbol && type is not null)
        {
            return DestinationOf(type);
        }

        if (type is null)
        {
            return null;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (ReadDestination(current.GetAttributes()) is { } inherited)
            {
                return inherited;
            }
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (ReadDestination(@interface.GetAttributes()) is { } fromInterface)
            {
                return fromInterface;
            }
        }

        return null;
    }

    private Destination? ReadDestination(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (KnownTypes.Is(attribute.AttributeClass, Known.PiiDestination) && ReadDestination(attribute) is { } destination)
            {
                return destination;
            }
        }

        return null;
    }

    private static Destination? ReadDestination(AttributeData attribute) =>
        Regions.Normalize(AttributeArguments.String(AttributeArguments.Positional(attribute, 0))) is { } region
            ? new Destination(
                region,
                AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.PiiDestination.Recipient)),
                AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.PiiDestination.RecipientKind)),
                DestinationPurpose(AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.PiiDestination.Purpose))))
            : null;

    // As for items: a value with undefined bits ((Purpose)(-1)) declares no use, not every use.
    private static Purpose DestinationPurpose(long? raw) =>
        raw is { } value && (value & ~(long)Taxonomy.AllPurposes) == 0 ? (Purpose)(int)value : Purpose.None;

    /// <summary>
    /// The store declared with <c>[PiiStorage(location, region)]</c> on a member, a type (its base types and interfaces
    /// too) or a method; as a <see cref="Destination"/> whose recipient is the location. Cached per symbol.
    /// </summary>
    public Destination? StoreOf(ISymbol symbol) =>
        stores.TryGetValue(symbol, out var known) ? known.Value : stores.GetOrAdd(symbol, new StrongBox<Destination?>(ComputeStore(symbol))).Value;

    private Destination? ComputeStore(ISymbol symbol)
    {
        var own = ReadStorage(symbol.GetAttributes());
        if (own is not null || symbol is not INamedTypeSymbol type)
        {
            return own;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (ReadStorage(current.GetAttributes()) is { } inherited)
            {
                return inherited;
            }
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (ReadStorage(@interface.GetAttributes()) is { } fromInterface)
            {
                return fromInterface;
            }
        }

        return null;
    }

    private Destination? ReadStorage(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (KnownTypes.Is(attribute.AttributeClass, Known.PiiStorage) && ReadStorage(attribute) is { } store)
            {
                return store;
            }
        }

        return null;
    }

    private static Destination? ReadStorage(AttributeData attribute) =>
        StorageDeclaration.Read(attribute) is { } store ? new Destination(store.Region, store.Location) : null;

    /// <summary>Where an SDK preset's recipient is, from <c>[assembly: PiiDestination(region, Recipient = …)]</c> without a host.</summary>
    public Destination? DestinationOfRecipient(string recipient) => recipients.TryGetValue(recipient, out var destination) ? destination : null;

    /// <summary>The destination of an absolute URL whose host is mapped with <c>[assembly: PiiDestination(…, Host = …)]</c>.</summary>
    public Destination? DestinationOfUrl(string? url)
    {
        if (url is null || hosts.IsEmpty || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }

        return hosts.TryGetValue(uri.Host, out var destination) ? destination : null;
    }

    /// <summary>The host of an absolute URL, or <see langword="null"/>.</summary>
    public static string? HostOf(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;

    /// <summary>Whether a declared transfer route (not anonymisation) covers <paramref name="region"/>.</summary>
    public bool TransferCovers(string region) =>
        transfers.Any(t => t.Mechanism != TransferMechanism.Anonymised && Regions.Contains(t.Region, region));

    public bool IsOffRegion(Destination destination) => HomeRegion is { } home && !Regions.Contains(home, destination.Region);
}

internal sealed class ObjectKeyComparer : IEqualityComparer<(ITypeSymbol Type, ObjectView View, SerializerFamily Family)>
{
    public static readonly ObjectKeyComparer Instance = new();

    public bool Equals((ITypeSymbol Type, ObjectView View, SerializerFamily Family) x, (ITypeSymbol Type, ObjectView View, SerializerFamily Family) y) =>
        x.View == y.View && x.Family == y.Family && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

    public int GetHashCode((ITypeSymbol Type, ObjectView View, SerializerFamily Family) key) =>
        (SymbolEqualityComparer.Default.GetHashCode(key.Type) * 31 + (int)key.View) * 31 + (int)key.Family;
}

/// <summary>
/// A declared outbound channel: its region and, where declared, the recipient's name and kind and what the recipient
/// uses the data for. For a store (<see cref="SinkKind.Store"/>), the recipient is the store's location.
/// </summary>
internal sealed record Destination(string Region, string? Recipient, string? RecipientKind = null, Purpose Purpose = Purpose.None);
