using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Inventory;

/// <summary>Turns symbols into inventory specs. Everything it returns is plain data.</summary>
internal static class InventoryParser
{
    // A referenced assembly does not change while its symbol lives: scan each once, not per keystroke or per referencing project.
    private static readonly ConditionalWeakTable<IAssemblySymbol, StrongBox<EquatableArray<ItemSpec>>> ReferenceCache = new();

    /// <summary>The items a <c>[Pii]</c>-marked symbol contributes (a member, a record parameter, or every member of a marked type).</summary>
    public static EquatableArray<ItemSpec> ItemsFor(ISymbol symbol, INamedTypeSymbol piiAttribute, INamedTypeSymbol? accessAttribute, CancellationToken cancellationToken)
    {
        var items = new List<ItemSpec>();
        switch (symbol)
        {
            case INamedTypeSymbol type:
                // [Pii] on the type, or inherited from a base type: the analyzer treats a subclass's own members as
                // declared by its base's type-level [Pii], so the map must list them too.
                if (TypeLevelDeclaration(type, piiAttribute) is { } typeLevel)
                {
                    foreach (var member in type.GetMembers())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (IsInstanceDataMember(member) && DeclarationOf(member, piiAttribute) is null && !IsMarkedRecordParameter(member, piiAttribute))
                        {
                            items.Add(Item(member, typeLevel, accessAttribute));
                        }
                    }
                }

                break;
            case IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter:
                // A positional record's parameter stands for its property; [property: Pii] lands on the property itself.
                var property = constructor.ContainingType.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault();
                if (property is not null &&
                    (PiiDeclaration.Find(property.GetAttributes(), piiAttribute) ?? PiiDeclaration.Find(parameter.GetAttributes(), piiAttribute)) is { } positional)
                {
                    items.Add(Item(property, positional, accessAttribute));
                }

                break;
            case IPropertySymbol or IFieldSymbol when IsDataMember(symbol) && DeclarationOf(symbol, piiAttribute) is { } declaration:
                items.Add(Item(symbol, declaration, accessAttribute));
                break;
            case IFieldSymbol { AssociatedSymbol: IPropertySymbol owner } when IsDataMember(owner) && DeclarationOf(owner, piiAttribute) is { } backing:
                // [field: Pii] reached through the backing field: the item is the property users see.
                items.Add(Item(owner, backing, accessAttribute));
                break;
        }

        return items.ToEquatableArray();
    }

    /// <summary>The type-level <c>[Pii]</c> that covers a type's own members: its own, or the nearest base type's.</summary>
    public static PiiDeclaration? TypeLevelDeclaration(INamedTypeSymbol type, INamedTypeSymbol piiAttribute)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (PiiDeclaration.Find(current.GetAttributes(), piiAttribute) is { } declaration)
            {
                return declaration;
            }
        }

        return null;
    }

    /// <summary>
    /// The items of the compilation's subclasses (at any depth) of the named type-level <c>[Pii]</c> types: candidates
    /// are found by base-type name in the per-tree syntax index, and only those are bound.
    /// </summary>
    public static EquatableArray<ItemSpec> DerivedItems(Compilation compilation, EquatableArray<string> typeLevelNames, CancellationToken cancellationToken)
    {
        if (compilation.GetTypeByMetadataName(KnownTypes.PiiAttributeName) is not { } pii)
        {
            return EquatableArray<ItemSpec>.Empty;
        }

        var indexes = compilation.SyntaxTrees.Select(t => (Tree: t, Index: Flow.TreeIndex.For(t, cancellationToken))).ToList();
        var names = new HashSet<string>(typeLevelNames, StringComparer.Ordinal);
        Flow.TreeIndex.AddSubclasses(names, indexes.SelectMany(i => i.Index.Types).ToList());

        var access = compilation.GetTypeByMetadataName(KnownTypes.PiiAccessAttributeName);
        var items = new List<ItemSpec>();
        foreach (var (tree, index) in indexes)
        {
            if (!index.Types.Any(t => t.Bases.Any(names.Contains)))
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in Flow.TreeIndex.Declarations(tree.GetRoot(cancellationToken))
                         .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>())
            {
                if (declaration.BaseList is null || !declaration.BaseList.Types.Any(b => b.Type.DescendantTokens().Any(t => names.Contains(t.ValueText))) ||
                    model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol { BaseType: { } baseType } type ||
                    PiiDeclaration.Find(type.GetAttributes(), pii) is not null || TypeLevelDeclaration(baseType, pii) is null)
                {
                    continue;
                }

                items.AddRange(ItemsFor(type, pii, access, cancellationToken));
            }
        }

        return Sort(items);
    }

    /// <summary>The items declared in assemblies the compilation references that use PiiGuard.</summary>
    public static EquatableArray<ItemSpec> ReferencedItems(Compilation compilation, CancellationToken cancellationToken)
    {
        if (compilation.GetTypeByMetadataName(KnownTypes.PiiAttributeName) is not { } pii)
        {
            return EquatableArray<ItemSpec>.Empty;
        }

        var access = compilation.GetTypeByMetadataName(KnownTypes.PiiAccessAttributeName);
        var all = new List<ItemSpec>();
        foreach (var reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Cached per assembly symbol, which the compiler shares between compilations that see the same reference (a
            // referenced project's compilation, a DLL's metadata): each referenced assembly is scanned once, not once per
            // referencing project or per build of one.
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly)
            {
                continue;
            }

            if (!ReferenceCache.TryGetValue(assembly, out var cached))
            {
                // A project reference whose syntax declares nothing is skipped without binding any of it.
                var scanned = UsesPiiGuard(assembly) &&
                              (reference is not CompilationReference source || Flow.PiiRelevance.SourceDeclaresPii(source.Compilation, cancellationToken))
                    ? ScanAssembly(assembly, pii, access, cancellationToken)
                    : EquatableArray<ItemSpec>.Empty;
                cached = ReferenceCache.GetValue(assembly, _ => new StrongBox<EquatableArray<ItemSpec>>(scanned));
            }

            all.AddRange(cached.Value);
        }

        return Sort(all);
    }

    private static bool UsesPiiGuard(IAssemblySymbol assembly) =>
        assembly.Name != "PiiGuard" && assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == "PiiGuard"));

    private static EquatableArray<ItemSpec> ScanAssembly(IAssemblySymbol assembly, INamedTypeSymbol pii, INamedTypeSymbol? access, CancellationToken cancellationToken)
    {
        var items = new List<ItemSpec>();
        var types = new Stack<INamespaceOrTypeSymbol>();
        types.Push(assembly.GlobalNamespace);
        while (types.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in types.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    types.Push(container);
                }

                if (member is INamedTypeSymbol type)
                {
                    items.AddRange(ItemsFor(type, pii, access, cancellationToken));
                    foreach (var typeMember in type.GetMembers())
                    {
                        items.AddRange(ItemsFor(typeMember, pii, access, cancellationToken));
                        if (typeMember is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor && type.IsRecord)
                        {
                            foreach (var parameter in constructor.Parameters)
                            {
                                items.AddRange(ItemsFor(parameter, pii, access, cancellationToken));
                            }
                        }
                    }
                }
            }
        }

        return Sort(items);
    }

    /// <summary>
    /// The items <c>[assembly: PiiExternal]</c> declares: one per framework group given purposes (its members are listed
    /// in docs/sources.md), one per third-party member marked. Declarations of the same item join their purposes.
    /// </summary>
    public static EquatableArray<ItemSpec> ExternalItems(Compilation compilation)
    {
        // No [assembly: PiiExternal]: nothing to read, and no need for the other PiiGuard types (each looked up in every
        // reference of a compilation that has not looked them up yet).
        if (!HasAssemblyAttributeOf(compilation, KnownTypes.PiiExternalAttributeName) ||
            KnownTypes.TryCreate(compilation) is not { PiiExternal: not null } known)
        {
            return EquatableArray<ItemSpec>.Empty;
        }

        var assembly = compilation.Assembly.Name;
        var items = new Dictionary<string, ItemSpec>(StringComparer.Ordinal);
        foreach (var declaration in Flow.SourceFacts.Declarations(compilation, known))
        {
            ItemSpec? item = declaration switch
            {
                { Source: { } source } => External(assembly, "PiiGuard.FrameworkSource", nameof(FrameworkSource), source.ToString(), Sinks.SourceCatalog.Label(source),
                    Sinks.SourceCatalog.CategoryOf(source), declaration.Purpose, declaration.Description ?? Sinks.SourceCatalog.Describe(source)),
                { Type: { } type, Member: { } member, Category: { } category } =>
                    External(assembly, type.ToDisplayString(), type.Name, member, member, category, declaration.Purpose, declaration.Description),
                _ => null,
            };
            if (item is null)
            {
                continue;
            }

            var key = item.TypeName + "." + item.Member;
            items[key] = items.TryGetValue(key, out var existing)
                ? existing with { Purpose = existing.Purpose | item.Purpose, Description = existing.Description ?? item.Description }
                : item;
        }

        return Sort(items.Values);
    }

    private static ItemSpec External(string assembly, string type, string typeName, string member, string item, Category category, Purpose purpose, string? description) =>
        new(assembly, type, typeName, member, item, (int)category, string.Empty, (int)purpose, description, Retention: null, RetentionFrom: null,
            LegalBasis: 0, Sold: false, Shared: false, DisclosedTo: EquatableArray<string>.Empty, DataSubject: null, Group: null, StoredIn: null,
            Access: EquatableArray<AccessSpec>.Empty);

    public static EquatableArray<ItemSpec> Sort(IEnumerable<ItemSpec> items) =>
        items
            .GroupBy(i => (i.Assembly, i.Type, i.Member))
            .Select(g => g.First())
            .OrderBy(i => i.Assembly, StringComparer.Ordinal)
            .ThenBy(i => i.Type, StringComparer.Ordinal)
            .ThenBy(i => i.Member, StringComparer.Ordinal)
            .ToEquatableArray();

    // Static and const members hold data too (a static cache, a const default address): they are items, never dropped.
    // A type-level [Pii] covers the instance's data only (not a static `Empty` or a const); a member's own [Pii] always counts.
    private static bool IsDataMember(ISymbol member) =>
        member is IPropertySymbol { IsIndexer: false, Name: not "EqualityContract" } ||
        member is IFieldSymbol { AssociatedSymbol: null, IsImplicitlyDeclared: false };

    private static bool IsInstanceDataMember(ISymbol member) => !member.IsStatic && IsDataMember(member);

    /// <summary>
    /// The <c>[Pii]</c> of a member: its own, or for an auto-property the one written <c>[field: Pii]</c>, which lands on the
    /// compiler's backing field.
    /// </summary>
    public static PiiDeclaration? DeclarationOf(ISymbol member, INamedTypeSymbol pii) =>
        PiiDeclaration.Find(member.GetAttributes(), pii) ??
        (member is IPropertySymbol property ? BackingField(property) is { } field ? PiiDeclaration.Find(field.GetAttributes(), pii) : null : null);

    private static IFieldSymbol? BackingField(IPropertySymbol property) =>
        property.ContainingType?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    private static bool IsMarkedRecordParameter(ISymbol member, INamedTypeSymbol pii) =>
        member.ContainingType is { IsRecord: true } record &&
        record.InstanceConstructors.Any(c => c.Parameters.Any(p => p.Name == member.Name && PiiDeclaration.Find(p.GetAttributes(), pii) is not null));

    private static ItemSpec Item(ISymbol member, PiiDeclaration declaration, INamedTypeSymbol? accessAttribute)
    {
        var type = member.ContainingType;
        var grants = Grants(member, accessAttribute).Concat(Grants(type, accessAttribute))
            .GroupBy(g => g.Role, StringComparer.Ordinal)
            .Select(g => new AccessSpec(g.Key, g.First().Operations))
            .OrderBy(g => g.Role, StringComparer.Ordinal)
            .ToEquatableArray();
        return new ItemSpec(
            Assembly: type.ContainingAssembly?.Name ?? string.Empty,
            Type: TypeKey(type),
            TypeName: type.Name,
            Member: member.Name,
            Item: declaration.Item ?? member.Name,
            Category: declaration.Category is { } category ? (int)category : -1,
            TaxonomyKey: declaration.TaxonomyKey ?? string.Empty,
            Purpose: (int)declaration.Purpose,
            Description: declaration.Description,
            Retention: declaration.Retention,
            RetentionFrom: declaration.RetentionFrom,
            LegalBasis: (int)declaration.LegalBasis,
            Sold: declaration.Sold,
            Shared: declaration.Shared,
            DisclosedTo: declaration.DisclosedTo.ToEquatableArray(),
            DataSubject: declaration.DataSubject,
            Group: declaration.Group,
            StoredIn: declaration.StoredIn,
            Access: grants,
            RetentionText: declaration.RetentionText,
            SoldTo: declaration.SoldTo.ToEquatableArray(),
            SharedWith: declaration.SharedWith.ToEquatableArray(),
            CcpaCategory: declaration.CcpaCategory,
            SaleStated: declaration.SaleStated,
            DisclosureStated: declaration.DisclosureStated);
    }

    // A file-local type is unique per file, not per name: two `file class Customer` in two files are two types, and
    // both keep their items. The file name (never the machine's path) tells them apart.
    private static string TypeKey(INamedTypeSymbol type)
    {
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty);
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal && current.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree.FilePath is { Length: > 0 } path)
            {
                return name + " (file " + System.IO.Path.GetFileName(path) + ")";
            }
        }

        return name;
    }

    private static IEnumerable<AccessSpec> Grants(ISymbol? symbol, INamedTypeSymbol? accessAttribute)
    {
        if (symbol is null || accessAttribute is null)
        {
            yield break;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (KnownTypes.Is(attribute.AttributeClass, accessAttribute) &&
                AttributeArguments.String(AttributeArguments.Positional(attribute, 0)) is { } role && role.Trim().Length > 0)
            {
                var operations = AttributeArguments.Integral(AttributeArguments.Positional(attribute, 1)) ?? 0;
                yield return new AccessSpec(role.Trim(), (int)(operations & (long)Taxonomy.AllOperations));
            }
        }
    }

    /// <summary>The assembly-level declarations: home region, storage, destinations (including those on types) and transfers.</summary>
    public static AssemblySpec AssemblyFacts(Compilation compilation, string? homeRegionProperty, EquatableArray<DestinationSpec> declaredDestinations, EquatableArray<StorageSpec> declaredStores, CancellationToken cancellationToken)
    {
        // Only PiiGuard's own attributes are read below: without one on the assembly, its types are not looked up.
        var known = HasPiiGuardAssemblyAttribute(compilation) ? KnownTypes.TryCreate(compilation) : null;
        string? home = null;
        var storage = new List<StorageSpec>();
        var destinations = new List<DestinationSpec>();
        var transfers = new List<TransferSpec>();
        if (known is not null)
        {
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                var region = Regions.Normalize(AttributeArguments.String(AttributeArguments.Positional(attribute, 0)));
                if (KnownTypes.Is(attribute.AttributeClass, known.PiiHomeRegion))
                {
                    home ??= region;
                }
                else if (KnownTypes.Is(attribute.AttributeClass, known.PiiStorage) &&
                         AttributeArguments.String(AttributeArguments.Positional(attribute, 0)) is { } location &&
                         Regions.Normalize(AttributeArguments.String(AttributeArguments.Positional(attribute, 1))) is { } storageRegion)
                {
                    storage.Add(new StorageSpec(location, storageRegion));
                }
                else if (KnownTypes.Is(attribute.AttributeClass, known.PiiTransfer) && region is not null &&
                         AttributeArguments.Integral(AttributeArguments.Positional(attribute, 1)) is { } mechanism &&
                         mechanism >= 0 && mechanism < 64 && Taxonomy.IsDefined((TransferMechanism)(int)mechanism))
                {
                    transfers.Add(new TransferSpec(region, (int)mechanism, AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.PiiTransfer.Description))));
                }
                else if (KnownTypes.Is(attribute.AttributeClass, known.PiiDestination) && region is not null)
                {
                    destinations.Add(Destination(attribute, region, "assembly"));
                }
            }

        }

        cancellationToken.ThrowIfCancellationRequested();
        destinations.AddRange(declaredDestinations);
        return new AssemblySpec(
            compilation.AssemblyName ?? string.Empty,
            home ?? Regions.Normalize(homeRegionProperty),
            storage.Distinct().OrderBy(s => s.Location, StringComparer.Ordinal).ThenBy(s => s.Region, StringComparer.Ordinal).ToEquatableArray(),
            destinations.Distinct().OrderBy(d => d.Region, StringComparer.Ordinal).ThenBy(d => d.DeclaredOn, StringComparer.Ordinal).ThenBy(d => d.Host ?? string.Empty, StringComparer.Ordinal).ToEquatableArray(),
            transfers.Distinct().OrderBy(t => t.Region, StringComparer.Ordinal).ThenBy(t => t.Mechanism).ToEquatableArray(),
            RecordFacts(compilation),
            declaredStores.Distinct().OrderBy(s => s.Location, StringComparer.Ordinal).ThenBy(s => s.Region, StringComparer.Ordinal).ToEquatableArray());
    }

    // Whether the assembly carries an attribute of the given PiiGuard type, without looking the type up in the references.
    private static bool HasAssemblyAttributeOf(Compilation compilation, string metadataName)
    {
        // Where no source names a PiiGuard attribute, the assembly's attributes (InternalsVisibleTo, AssemblyInfo) are not
        // bound at all (the generator's compilation does not share that binding with the compiler's).
        if (!Flow.PiiRelevance.AnyMentionsPiiGuard(compilation, CancellationToken.None))
        {
            return false;
        }

        var dot = metadataName.LastIndexOf('.');
        var name = metadataName.Substring(dot + 1);
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && type.Name == name && IsPiiGuardNamespace(type.ContainingNamespace))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPiiGuardAssemblyAttribute(Compilation compilation)
    {
        // Where no source names a PiiGuard attribute, the assembly's attributes (InternalsVisibleTo, AssemblyInfo) are not
        // bound at all (the generator's compilation does not share that binding with the compiler's).
        if (!Flow.PiiRelevance.AnyMentionsPiiGuard(compilation, CancellationToken.None))
        {
            return false;
        }

        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && IsPiiGuardNamespace(type.ContainingNamespace))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPiiGuardNamespace(INamespaceSymbol? ns) => ns is { Name: "PiiGuard", ContainingNamespace.IsGlobalNamespace: true };

    /// <summary>
    /// The record's assembly-level facts: contacts, activities, sources, security measures, rights, children, and the
    /// version the build stamped on the assembly. Sorted ordinally, so the order of source files changes nothing.
    /// </summary>
    public static RecordSpec RecordFacts(Compilation compilation)
    {
        string? informational = null, fileVersion = null, childrenStatement = null;
        var childrenAge = 0;
        var contacts = new List<ContactSpec>();
        var activities = new List<ActivitySpec>();
        var sources = new List<SourceSpec>();
        var measures = new List<string>();
        var rights = new List<RightsSpec>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            string? Named(string name) => Text(AttributeArguments.String(AttributeArguments.Named(attribute, name)));
            EquatableArray<string> NamedList(string name) => AttributeArguments.Strings(AttributeArguments.Named(attribute, name)).Select(v => v.Trim()).ToEquatableArray();
            var first = Text(AttributeArguments.String(AttributeArguments.Positional(attribute, 0)));
            switch (attribute.AttributeClass?.ToDisplayString())
            {
                case "System.Reflection.AssemblyInformationalVersionAttribute":
                    informational ??= first;
                    break;
                case "System.Reflection.AssemblyFileVersionAttribute":
                    fileVersion ??= first;
                    break;
                case KnownTypes.PiiContactAttributeName:
                    var name = Text(AttributeArguments.String(AttributeArguments.Positional(attribute, 1)));
                    if (AttributeArguments.Integral(AttributeArguments.Positional(attribute, 0)) is { } role && role >= 0 && role <= MaxContactRole && name is not null)
                    {
                        contacts.Add(new ContactSpec((int)role, name, Named(AttributeNames.PiiContact.Address), Named(AttributeNames.PiiContact.Email), Named(AttributeNames.PiiContact.Phone), Named(AttributeNames.PiiContact.Url)));
                    }

                    break;
                case KnownTypes.PiiActivityAttributeName when first is not null:
                    activities.Add(new ActivitySpec(
                        first,
                        (int)((AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.PiiActivity.Purpose)) ?? 0) & (long)Taxonomy.AllPurposes),
                        Named(AttributeNames.PiiActivity.Description),
                        NamedList(AttributeNames.PiiActivity.DataSubjects),
                        NamedList(AttributeNames.PiiActivity.Items),
                        NamedList(AttributeNames.PiiActivity.Recipients),
                        NamedList(AttributeNames.PiiActivity.Transfers),
                        Named(AttributeNames.PiiActivity.Retention),
                        (int)((AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.PiiActivity.LegalBasis)) ?? 0) & (long)Taxonomy.AllLegalBases)));
                    break;
                case KnownTypes.PiiSourceAttributeName when first is not null:
                    var personal = AttributeArguments.Named(attribute, AttributeNames.PiiSource.PersonalData) is not { Value: false };
                    sources.Add(new SourceSpec(first, Named(AttributeNames.PiiSource.Description), NamedList(AttributeNames.PiiSource.Items), personal));
                    break;
                case KnownTypes.PiiSecurityMeasureAttributeName when first is not null:
                    measures.Add(first);
                    break;
                case KnownTypes.PiiRightsAttributeName when first is not null:
                    rights.Add(new RightsSpec(first, Named(AttributeNames.PiiRights.AppliesTo), NamedList(AttributeNames.PiiRights.Rights), Named(AttributeNames.PiiRights.HowToExercise), Named(AttributeNames.PiiRights.Verification),
                        Named(AttributeNames.PiiRights.ResponseTime), Named(AttributeNames.PiiRights.RequestLimit), Named(AttributeNames.PiiRights.OptOutValidity), Named(AttributeNames.PiiRights.Complaints)));
                    break;
                case KnownTypes.PiiChildrenAttributeName when first is not null:
                    childrenStatement ??= first;
                    var age = AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.PiiChildren.MinimumAge)) ?? 0;
                    childrenAge = age > 0 && age < 100 ? (int)age : 0;
                    break;
            }
        }

        return new RecordSpec(
            BuildVersion(informational) ?? BuildVersion(fileVersion),
            contacts.Distinct().OrderBy(c => c.Role).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Email ?? string.Empty, StringComparer.Ordinal).ToEquatableArray(),
            activities.Distinct().OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Purpose).ThenBy(a => a.Description ?? string.Empty, StringComparer.Ordinal).ToEquatableArray(),
            sources.Distinct().OrderBy(x => x.Source, StringComparer.Ordinal).ThenBy(x => x.Description ?? string.Empty, StringComparer.Ordinal).ToEquatableArray(),
            measures.Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToEquatableArray(),
            rights.Distinct().OrderBy(r => r.Law, StringComparer.Ordinal).ThenBy(r => r.AppliesTo ?? string.Empty, StringComparer.Ordinal).ToEquatableArray(),
            childrenStatement,
            childrenAge);
    }

    /// <summary>The highest value of <c>PiiGuard.PiiContactRole</c>.</summary>
    public const int MaxContactRole = 4;

    private static string? Text(string? value) => value is null || value.Trim().Length == 0 ? null : value.Trim();

    // The version the build stamped (InformationalVersion, else FileVersion), without the "+<commit>" the SDK appends:
    // the record of the same code is byte-identical on every commit, and no clock is read.
    private static string? BuildVersion(string? version)
    {
        if (version is null)
        {
            return null;
        }

        var plus = version.IndexOf('+');
        return Text(plus >= 0 ? version.Substring(0, plus) : version);
    }

    /// <summary>The destinations declared with <c>[PiiDestination]</c> on one type or member (not the assembly).</summary>
    public static EquatableArray<DestinationSpec> DestinationsOn(ISymbol symbol, ImmutableArray<AttributeData> destinationAttributes)
    {
        var found = new List<DestinationSpec>();
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        var name = symbol is INamedTypeSymbol ? symbol.Name : $"{type?.Name}.{symbol.Name}";
        foreach (var attribute in destinationAttributes)
        {
            if (Regions.Normalize(AttributeArguments.String(AttributeArguments.Positional(attribute, 0))) is { } region)
            {
                found.Add(Destination(attribute, region, name));
            }
        }

        return found.ToEquatableArray();
    }

    /// <summary>The stores declared with <c>[PiiStorage]</c> on one type or member (not the assembly).</summary>
    public static EquatableArray<StorageSpec> StoresOn(ImmutableArray<AttributeData> storageAttributes)
    {
        var found = new List<StorageSpec>();
        foreach (var attribute in storageAttributes)
        {
            if (StorageDeclaration.Read(attribute) is { } store)
            {
                found.Add(new StorageSpec(store.Location, store.Region));
            }
        }

        return found.ToEquatableArray();
    }

    private static DestinationSpec Destination(AttributeData attribute, string region, string declaredOn) => new(
        region,
        declaredOn,
        AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.PiiDestination.Host)),
        AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.PiiDestination.Recipient)),
        AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.PiiDestination.RecipientKind)),
        AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.PiiDestination.Purpose)) is { } purpose && (purpose & ~(long)Taxonomy.AllPurposes) == 0 ? (int)purpose : 0);
}
