using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Discovery;

/// <summary>
/// PII0008–PII0009: points at members that look like personal data but are not marked, and at members that another
/// scheme already classifies as personal data. Suggestions (Info) by default. A parameter whose every use feeds a member
/// that is marked or suggested itself (<c>Email = email;</c>) is not a suggestion of its own: marking the member covers it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiDiscoveryAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The inferred category, for the code fix.</summary>
    public const string CategoryProperty = "PiiCategory";

    /// <summary>The other scheme's attribute, for the code fix.</summary>
    public const string SchemeProperty = "Scheme";

    private static readonly string[] OtherSchemes =
    {
        "Microsoft.AspNetCore.Identity.PersonalDataAttribute",
        "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute",
    };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LooksLikePersonalData, DiagnosticDescriptors.MarkedByAnotherScheme);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is skipped by the symbol's own flag (IsGeneratedCode below), as GeneratedCodeAnalysisFlags.None would
        // skip it; reporting is allowed so that the driver does not scan every tree that gets a suggestion for
        // [GeneratedCode] tokens (0.02x the binding time of Jellyfin, where nothing is marked and suggestions are many).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (KnownTypes.TryCreate(start.Compilation) is { } known)
            {
                Register(start, known, static (symbol, diagnostic) => symbol.ReportDiagnostic(diagnostic));
            }
        });
    }

    /// <summary>
    /// Registers discovery's actions for one compilation, handing each suggestion to <paramref name="report"/>: the
    /// analyzer reports them; the flow analyzer counts them for the build's summary when the build has no error log (the
    /// compiler then runs no analyzer whose rules are all Info, this one included).
    /// </summary>
    internal static void Register(CompilationStartAnalysisContext start, KnownTypes known, Action<SymbolAnalysisContext, Diagnostic> report)
    {
        var schemes = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var name in OtherSchemes)
        {
            if (start.Compilation.GetTypeByMetadataName(name) is { } scheme)
            {
                schemes.Add(scheme);
            }
        }

        var classification = start.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
        var discovery = new Context(known, schemes.ToImmutable(), classification, start.Compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute"), report)
        {
            Copies = new MarkedCopies(start.Compilation, known.Pii),
            // ASP.NET Core Identity's [PersonalData] marks properties only: without a data classification in reach, no
            // parameter can be marked by another scheme, and its attributes ([FromQuery] on every controller action)
            // are not bound to find out.
            SchemesOnParameters = classification is not null || schemes.Any(s => ValidOn(s, start.Compilation).HasFlag(AttributeTargets.Parameter)),
        };
        start.RegisterSymbolAction(symbol => Analyze(symbol, discovery), SymbolKind.Property, SymbolKind.Field);
        // Parameters once per type, not once per method: an action on every method (accessors included) made the
        // compiler's driver cost about twice what the classification did (nothing marked on Jellyfin: 0.79 s added to
        // the SDK's analyzers with it, none measurable with the type's action). A symbol action, not a symbol-start
        // action: with one, the driver tracks every member's completion for the symbol-end actions of its containers.
        start.RegisterSymbolAction(type => AnalyzeParameters(type, discovery), SymbolKind.NamedType);
    }

    private sealed record Context(KnownTypes Known, ImmutableArray<INamedTypeSymbol> Schemes, INamedTypeSymbol? Classification, INamedTypeSymbol? GeneratedCode, Action<SymbolAnalysisContext, Diagnostic> Report)
    {
        /// <summary>Whether another scheme's attribute can be applied to a parameter at all.</summary>
        public bool SchemesOnParameters { get; init; }

        /// <summary>The marks of related types (copy evidence), looked up only for members nothing else classifies.</summary>
        public MarkedCopies? Copies { get; init; }

        // What a type and a container say is computed once per compilation (a type's display name, its shape; a
        // container's words); the member's own words are split per call. A member whose type is a model, a service or an
        // interface is answered from the type alone. (A cache per (container, member, type) cost more than it saved:
        // most fields and properties are classified once, and each parameter is classified once per method below.)
#pragma warning disable RS1008 // Context is created per compilation (in the compilation start action) and dies with it.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, PiiNameClassifier.TypeFacts> types = new(SymbolEqualityComparer.Default);
#pragma warning restore RS1008
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PiiNameClassifier.ContainerFacts> containers = new(StringComparer.Ordinal);

        // Per type: the facts of its container read as a person's record when another of its members is a first name or a
        // birth date (PiiNameClassifier.IsPersonAnchor), or as a record about one person when another refers to a person
        // (PiiNameClassifier.IsPersonReference); null when neither is.
#pragma warning disable RS1008 // Context is created per compilation (in the compilation start action) and dies with it.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, PiiNameClassifier.ContainerFacts?> personRecords = new(SymbolEqualityComparer.Default);
        private readonly SiblingNames siblingNames = new();
#pragma warning restore RS1008

        /// <summary>
        /// A field's or property's category by its name, its container and the names its attributes give it, or else by the
        /// learned second opinion (<see cref="NameModel"/>), or else by a marked member of the same name on a related type
        /// (<see cref="MarkedCopies"/>).
        /// </summary>
        /// <param name="member">The field or property.</param>
        /// <param name="type">Its type.</param>
        /// <param name="cancellationToken">Cancels.</param>
        /// <param name="withModel">
        /// Whether the learned second opinion (<see cref="NameModel"/>) is asked: not for a member another scheme already marks,
        /// whose category the rules guess better than the model (PII0009).
        /// </param>
        public Category? ClassifyMember(ISymbol member, ITypeSymbol type, System.Threading.CancellationToken cancellationToken, bool withModel = true)
        {
            if (Classify(member.ContainingType, member.Name, type, checkModel: withModel) is { } category)
            {
                return category;
            }

            // A model, a service or a key holds no value of its own whatever its attributes say (its type answered first; Classify
            // has read the type's facts).
            var typeFacts = types.GetOrAdd(type, t => new PiiNameClassifier.TypeFacts(TypeName(t)));
            if (typeFacts.HoldsNoValue)
            {
                return null;
            }

            // The names the member's attributes give it, then the learned second opinion (NameModel, with the facts of the type
            // and the container read once per compilation), then a marked member of the same name.
            var found = AttributeEvidence(member, name => Classify(member.ContainingType, name, type, checkModel: withModel), cancellationToken)
                ?? (withModel ? NameModel.Add(containers.GetOrAdd(member.ContainingType.Name, c => new PiiNameClassifier.ContainerFacts(c)), typeFacts, member.Name) : null)
                ?? Copies?.Find(member.Name, member.ContainingType, cancellationToken);
            return found is not null && withModel && TypedWithModel(type, typeFacts) ? null : found;
        }

#pragma warning disable RS1008 // Context is created per compilation (in the compilation start action) and dies with it.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, bool> models = new(SymbolEqualityComparer.Default);
#pragma warning restore RS1008

        // Whether a member the names make personal data is typed with a model (asked only then: reading a type's members costs).
        private bool TypedWithModel(ITypeSymbol type, PiiNameClassifier.TypeFacts facts) => HoldsModel(type, facts, models);

        /// <summary>
        /// A name's category in a type; <paramref name="bySiblings"/>: whether a name the rules leave alone is read again as a
        /// member of a person's record when the type has a person anchor (fields and properties; a parameter is not).
        /// </summary>
        /// <param name="checkModel">
        /// Whether a member typed with a model is left out (<see cref="IsModel"/>): not when another scheme marks it already, whose
        /// category is shown as its names give it (PII0009).
        /// </param>
        public Category? Classify(INamedTypeSymbol containingType, string member, ITypeSymbol type, bool bySiblings = true, bool checkModel = true)
        {
            var container = containingType.Name;
            if (!types.TryGetValue(type, out var typeFacts))
            {
                typeFacts = types.GetOrAdd(type, new PiiNameClassifier.TypeFacts(TypeName(type)));
            }

            if (typeFacts.HoldsNoValue)
            {
                return null;
            }

            if (!containers.TryGetValue(container, out var containerFacts))
            {
                containerFacts = containers.GetOrAdd(container, new PiiNameClassifier.ContainerFacts(container));
            }

            var category = PiiNameClassifier.Classify(containerFacts, member, typeFacts);
            if (category is not null || !bySiblings)
            {
                return category is not null && checkModel && TypedWithModel(type, typeFacts) ? null : category;
            }

            if (!personRecords.TryGetValue(containingType, out var personRecord))
            {
                // A record about one person is only read again for what is written on it (most such records have nothing to read).
                var (anchor, owned) = SiblingEvidence(containingType, siblingNames);
                var facts = anchor || owned ? new PiiNameClassifier.ContainerFacts(container, anchor, owned) : null;
                personRecord = personRecords.GetOrAdd(containingType, anchor || facts?.ReadsWrittenText == true ? facts : null);
            }

            var bySiblingsCategory = personRecord is null ? null : PiiNameClassifier.ClassifyBySiblings(personRecord, member, typeFacts);
            return bySiblingsCategory is not null && checkModel && TypedWithModel(type, typeFacts) ? null : bySiblingsCategory;
        }
    }

    /// <summary>What the classifier said of member and type names already seen (most recur across a code base's types: Id, Name, CreatedOn).</summary>
    internal sealed class SiblingNames
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, bool> Anchors { get; } = new(StringComparer.Ordinal);

        public System.Collections.Concurrent.ConcurrentDictionary<string, bool> Keys { get; } = new(StringComparer.Ordinal);

        public System.Collections.Concurrent.ConcurrentDictionary<string, bool> Models { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// What a type's other fields and properties say of it: whether one is a person anchor (a first name, a birth date:
    /// <see cref="PiiNameClassifier.IsPersonAnchor(string, string, string?)"/>; only the members named as one are looked up), and
    /// whether one refers to one person (a key or a reference: <see cref="PiiNameClassifier.IsPersonReference"/>).
    /// </summary>
    internal static (bool Anchor, bool Owned) SiblingEvidence(INamedTypeSymbol type) => SiblingEvidence(type, null);

    /// <inheritdoc cref="SiblingEvidence(INamedTypeSymbol)"/>
    /// <param name="type">The type.</param>
    /// <param name="names">What the classifier said of each member name and type already seen, or null.</param>
    internal static (bool Anchor, bool Owned) SiblingEvidence(INamedTypeSymbol type, SiblingNames? names)
    {
        var owned = false;

        // Fields and properties only: the names of methods, events and nested types are never read.
        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IPropertySymbol { IsImplicitlyDeclared: false, IsIndexer: false } property => property.Type,
                IFieldSymbol { IsImplicitlyDeclared: false, IsConst: false } field => field.Type,
                _ => null,
            };
            if (memberType is null)
            {
                continue;
            }

            var name = member.Name;
            bool named;
            if (names is null)
            {
                named = PiiNameClassifier.IsPersonAnchor(name);
            }
            else if (!names.Anchors.TryGetValue(name, out named))
            {
                named = names.Anchors.GetOrAdd(name, PiiNameClassifier.IsPersonAnchor(name));
            }

            if (named && PiiNameClassifier.IsPersonAnchor(type.Name, name, TypeName(memberType)))
            {
                return (true, owned);
            }

            // A key named after a person, or one person's model of the code base (not a list of them).
            if (!owned)
            {
                owned = names is null ? PiiNameClassifier.IsPersonKey(name) : names.Keys.GetOrAdd(name, PiiNameClassifier.IsPersonKey);
            }

            if (!owned && memberType is INamedTypeSymbol { IsGenericType: false, TypeKind: TypeKind.Class or TypeKind.Struct, Name: var typeName }
                && memberType.Locations.Length > 0 && memberType.Locations[0].IsInSource)
            {
                owned = names is null ? PiiNameClassifier.IsPersonModel(typeName) : names.Models.GetOrAdd(typeName, PiiNameClassifier.IsPersonModel);
            }
        }

        return (false, owned);
    }

    private static void Analyze(SymbolAnalysisContext context, Context known)
    {
        if (context.IsGeneratedCode)
        {
            return;
        }

        switch (context.Symbol)
        {
            case IPropertySymbol { IsImplicitlyDeclared: false, IsIndexer: false } property:
                Check(context, property, property.Type, property.ContainingType, known);
                break;
            case IFieldSymbol { IsImplicitlyDeclared: false, IsConst: false } field:
                // A positional record's properties are real symbols located at their parameters: covered above.
                Check(context, field, field.Type, field.ContainingType, known);
                break;
        }
    }

    private static void AnalyzeParameters(SymbolAnalysisContext context, Context known)
    {
        if (context.IsGeneratedCode || context.Symbol is not INamedTypeSymbol type)
        {
            return;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { IsImplicitlyDeclared: false, IsOverride: false, MethodKind: MethodKind.Ordinary or MethodKind.Constructor } method &&
                !method.Parameters.IsEmpty && method.ExplicitInterfaceImplementations.IsEmpty)
            {
                AnalyzeParameters(context, method, known);
            }
        }
    }

    // Parameters are reported unless the method's code shows they only feed members that are marked or suggested
    // themselves; methods without a body report every parameter.
    private static void AnalyzeParameters(SymbolAnalysisContext context, IMethodSymbol method, Context known)
    {
        if (IsRecordPrimaryConstructor(method))
        {
            return;
        }

        // Only a parameter that would be reported (its name looks like personal data, or another scheme marks it) has its
        // uses read. Each parameter is classified once, here.
        var parameters = method.Parameters;
        var schemes = new INamedTypeSymbol?[parameters.Length];
        var categories = new Category?[parameters.Length];
        var anyReported = false;
        for (var i = 0; i < parameters.Length; i++)
        {
            schemes[i] = known.SchemesOnParameters ? OtherScheme(parameters[i], known) : null;
            categories[i] = known.Classify(method.ContainingType, parameters[i].Name, parameters[i].Type, bySiblings: false, checkModel: schemes[i] is null);
            anyReported |= schemes[i] is not null || categories[i] is not null;
        }

        if (!anyReported || IsGeneratedMethod(context, method, known))
        {
            return;
        }

        // An implementation of an interface method is covered by the interface's parameter when that one is marked (here or
        // in a referenced assembly), or declared in this project and suggested itself: a mark there covers every
        // implementation's body (PiiModel), so each implementation would only ask for the same decision again (bitwarden's
        // IMailService and its two mail services). Overrides and explicit implementations are not read at all (above), so
        // what the method fulfils here is the interface methods it implements implicitly.
        var contracts = Flow.PiiModel.Contracts(method).ToImmutableArray();

        // A parameter that only feeds members that are marked or suggested themselves is covered by their marks, as the
        // syntax and the declared symbols show (the body is not bound).
        Func<ISymbol, ITypeSymbol, bool>? isCovered = null;
        for (var i = 0; i < parameters.Length; i++)
        {
            if ((schemes[i] is null && categories[i] is null) || CoveredByContract(contracts, method, i, known))
            {
                continue;
            }

            isCovered ??= (member, type) => IsCovered(member, type, known, context.CancellationToken);
            if (!ParameterUses.OnlyFeedsCoveredMembers(method, parameters[i], context.Compilation, isCovered, context.CancellationToken))
            {
                Report(context, parameters[i], method.ContainingType, known, schemes[i], categories[i]);
            }
        }
    }

    // Whether the same parameter of an implemented interface method is marked or marked by another scheme (wherever the
    // interface is declared), or is declared in this project and suggested itself (an interface of a referenced assembly
    // shows its suggestions, if any, in its own project; PiiGuard cannot see them from here).
    private static bool CoveredByContract(ImmutableArray<IMethodSymbol> contracts, IMethodSymbol method, int ordinal, Context known)
    {
        foreach (var contract in contracts)
        {
            if (ordinal < contract.Parameters.Length && contract.Parameters[ordinal].OriginalDefinition is var declared &&
                (IsMarked(declared, contract.ContainingType, known)
                    || (known.SchemesOnParameters && OtherScheme(declared, known) is not null)
                    || (SymbolEqualityComparer.Default.Equals(contract.ContainingAssembly, method.ContainingAssembly)
                        && known.Classify(contract.ContainingType, declared.Name, declared.Type, bySiblings: false) is not null)))
            {
                return true;
            }
        }

        return false;
    }

    // A member that is marked, marked by another scheme, or suggested itself: its own diagnostic (or mark) covers what feeds it.
    private static bool IsCovered(ISymbol member, ITypeSymbol type, Context known, System.Threading.CancellationToken cancellationToken) =>
        IsMarked(member, member.ContainingType, known)
        || OtherScheme(member, known) is not null
        || known.ClassifyMember(member, type, cancellationToken) is not null;

    // The attribute of another classification scheme on a member ([PersonalData], a DataClassificationAttribute), if any.
    private static INamedTypeSymbol? OtherScheme(ISymbol member, Context known)
    {
        if (known.Schemes.IsEmpty && known.Classification is null)
        {
            return null;
        }

        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } scheme && (IsScheme(scheme, known.Schemes) || Flow.PiiModel.InheritsFrom(scheme, known.Classification)))
            {
                return scheme;
            }
        }

        return null;
    }

    // The targets an attribute class declares with [AttributeUsage] (all of them when it declares none).
    private static AttributeTargets ValidOn(INamedTypeSymbol attribute, Compilation compilation)
    {
        var usage = compilation.GetTypeByMetadataName("System.AttributeUsageAttribute");
        for (var type = attribute; type is not null; type = type.BaseType)
        {
            foreach (var data in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, usage) && data.ConstructorArguments.Length > 0 && data.ConstructorArguments[0].Value is int targets)
                {
                    return (AttributeTargets)targets;
                }
            }
        }

        return AttributeTargets.All;
    }

    private static bool IsScheme(INamedTypeSymbol attribute, ImmutableArray<INamedTypeSymbol> schemes)
    {
        foreach (var scheme in schemes)
        {
            if (SymbolEqualityComparer.Default.Equals(attribute, scheme))
            {
                return true;
            }
        }

        return false;
    }

    // The type as the source spells it ("string?", "List<Address>", "IPAddress"): the classifier reads its words.
    private static string TypeName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    /// <summary>
    /// Whether a type (or the element of an array, a nullable, an option, a collection or a task of it) is a model, whose own
    /// members carry the label (a media server's <c>BaseItem owner</c> is an item, not an owner's name): a class with at least
    /// three non-private instance fields or properties, its bases' included, none of them named <c>Value</c>. Not a model: a
    /// class whose own name is personal data (<c>FullName</c>, <c>Dob</c>, <c>Phone</c>: a value object of that kind), a generic
    /// class over a value (<c>Encrypted&lt;string&gt;</c>), a class of one or two members or with a <c>Value</c> (a wrapper), a
    /// framework or serializer type (<c>System</c>, <c>Microsoft</c>, <c>Newtonsoft</c>, <c>MongoDB</c>, <c>Google</c>: a
    /// <c>JObject</c> holds whatever it is given), and every struct, enum and interface. Only non-private members count, so
    /// a type reads the same in source and from a compiled reference.
    /// </summary>
    internal static bool IsModel(ITypeSymbol type)
    {
        type = Element(type);
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class, SpecialType: SpecialType.None } named || RootNamespace(named) is { } root && LibraryRoots.Contains(root)
            || named.TypeArguments.Any(a => a.SpecialType != SpecialType.None || a is ITypeParameterSymbol)
            || PiiNameClassifier.Classify(named.Name, named.Name, null) is not null)
        {
            return false;
        }

        var count = 0;
        for (var current = named; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, IsImplicitlyDeclared: false } or IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false }
                    && member.DeclaredAccessibility != Accessibility.Private)
                {
                    if (string.Equals(member.Name.TrimStart('_'), "Value", StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }

                    count++;
                }
            }
        }

        return count >= 3;
    }

    // Framework and serializer libraries: their classes hold what they are given (a JObject, a Uri), they are not models of the code base.
    private static readonly ImmutableHashSet<string> LibraryRoots = ImmutableHashSet.Create(StringComparer.Ordinal, "System", "Microsoft", "Newtonsoft", "MongoDB", "Google");

    /// <summary>
    /// Whether a member typed <paramref name="type"/>, read by <paramref name="facts"/>, holds a model (<see cref="IsModel"/>,
    /// kept in <paramref name="models"/>, one per compilation). Only a name read as a value of the code base ("Author") or as a
    /// wrapper of one ("BaseItem", by its "Item") leaves room for one; every other reading (text, a number, a known model or
    /// service) stands without reading the declaration.
    /// </summary>
    internal static bool HoldsModel(ITypeSymbol type, PiiNameClassifier.TypeFacts facts, System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, bool> models) =>
        (facts.IsCodeBaseType || facts.Shape == PiiNameClassifier.TypeShape.Text) && models.GetOrAdd(type, IsModel);

    // The element of an array, a nullable, an option, a collection or a task.
    private static ITypeSymbol Element(ITypeSymbol type)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    type = array.ElementType;
                    continue;
                case INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic when generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                    || generic.Name is "List" or "IList" or "IEnumerable" or "ICollection" or "IReadOnlyList" or "IReadOnlyCollection" or "Collection" or "HashSet"
                        or "ISet" or "ImmutableArray" or "ObservableCollection" or "Task" or "ValueTask" or "Option" or "Optional" or "Maybe":
                    type = generic.TypeArguments[0];
                    continue;
            }

            break;
        }

        return type;
    }

    private static string? RootNamespace(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { IsGlobalNamespace: false, ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: false } ? ns.Name : null;
    }

    private static void Check(SymbolAnalysisContext context, ISymbol member, ITypeSymbol type, INamedTypeSymbol container, Context known)
    {
        if (member.Locations.Length == 0 || !member.Locations[0].IsInSource)
        {
            return;
        }

        // The cheap tests first (the name classification, the member's own attributes): most members are neither
        // suggested nor marked by another scheme, and only a member that would be reported needs the marks of its types.
        var scheme = OtherScheme(member, known);
        Report(context, member, container, known, scheme, known.ClassifyMember(member, type, context.CancellationToken, withModel: scheme is null));
    }

    /// <summary>
    /// The category of a member by the names its own attributes give its value (<see cref="PiiNameClassifier.EvidenceName"/>):
    /// <c>[EmailAddress]</c>, <c>[DataType(DataType.Password)]</c>, <c>[Display(Name = "Date of birth")]</c>,
    /// <c>[JsonPropertyName("first_name")]</c>, each classified by <paramref name="classify"/>. The declaration's syntax is read
    /// first: the attributes are bound (to check where each is declared) only when a name written there is personal data,
    /// or when an argument is not a literal (<c>nameof(…)</c>, a constant).
    /// </summary>
    internal static Category? AttributeEvidence(ISymbol member, Func<string, Category?> classify, System.Threading.CancellationToken cancellationToken)
    {
        // A row's key stays a key whatever its column is called ("[Column("idnum")] int Id").
        if (member.DeclaringSyntaxReferences.Length == 0 || PiiNameClassifier.IsRowKey(member.Name))
        {
            return null;
        }

        var lists = AttributeLists(member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken));
        if (lists.Count == 0 || !WrittenEvidence(lists, member.Name, classify))
        {
            return null;
        }

        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && PiiNameClassifier.EvidenceNamespace(type.Name) is { } ns
                && type.ContainingNamespace?.ToDisplayString() == ns
                && PiiNameClassifier.EvidenceName(type.Name, EvidenceArgument(attribute)) is { } name && classify(name) is { } category)
            {
                return category;
            }
        }

        return null;
    }

    /// <summary>The attribute lists written on a property's, field's or parameter's declaration (none for other syntax).</summary>
    internal static SyntaxList<AttributeListSyntax> AttributeLists(SyntaxNode declaration) => declaration switch
    {
        PropertyDeclarationSyntax property => property.AttributeLists,
        VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => field.AttributeLists,
        ParameterSyntax parameter => parameter.AttributeLists,
        _ => default,
    };

    // Whether an attribute written on the declaration may give a personal name: one whose written argument classifies as
    // personal data, or one whose argument the syntax cannot read.
    private static bool WrittenEvidence(SyntaxList<AttributeListSyntax> lists, string memberName, Func<string, Category?> classify)
    {
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = Flow.TreeIndex.LastName(attribute.Name);
                if (name is null || !PiiNameClassifier.IsEvidenceAttribute(name))
                {
                    continue;
                }

                var readable = WrittenArgument(attribute, out var argument);
                if (!readable || PiiNameClassifier.EvidenceName(name, argument) is { } evidence && !SameName(evidence, memberName) && classify(evidence) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether a name given by an attribute is the member's own name in another case or style ("first_name" of FirstName,
    // "email" of Email): classified already.
    private static bool SameName(string given, string member)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < given.Length && given[i] is '_' or '-' or ' ' or '.')
            {
                i++;
            }

            while (j < member.Length && member[j] == '_')
            {
                j++;
            }

            if (i == given.Length || j == member.Length)
            {
                return i == given.Length && j == member.Length;
            }

            if (char.ToLowerInvariant(given[i]) != char.ToLowerInvariant(member[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    // The argument as written: a string literal (positional, or Name/PropertyName/ElementName = …), or the member of an enum
    // (DataType.Password); false when it is something else (nameof, a constant), which only binding can read.
    private static bool WrittenArgument(AttributeSyntax attribute, out string? argument)
    {
        argument = null;
        if (attribute.ArgumentList is not { } arguments)
        {
            return true;
        }

        ExpressionSyntax? value = null;
        foreach (var item in arguments.Arguments)
        {
            if (item.NameEquals is { } named)
            {
                if (named.Name.Identifier.ValueText is "Name" or "PropertyName" or "ElementName")
                {
                    value = item.Expression;
                    break;
                }
            }
            else if (item.NameColon is null && value is null)
            {
                value = item.Expression;
            }
        }

        switch (value)
        {
            case null:
                return true;
            case LiteralExpressionSyntax literal:
                argument = literal.Token.Value as string;
                return true;
            case MemberAccessExpressionSyntax access:
                argument = access.Name.Identifier.ValueText;
                return true;
            default:
                return false;
        }
    }

    // The argument that names the value: DataType's member name, a naming attribute's name (constructor or Name/PropertyName/ElementName).
    private static string? EvidenceArgument(AttributeData attribute)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key is "Name" or "PropertyName" or "ElementName" && named.Value.Value is string text)
            {
                return text;
            }
        }

        if (attribute.ConstructorArguments.Length == 0)
        {
            return null;
        }

        var first = attribute.ConstructorArguments[0];
        if (first.Kind == TypedConstantKind.Enum && first.Type is INamedTypeSymbol enumType)
        {
            foreach (var field in enumType.GetMembers().OfType<IFieldSymbol>())
            {
                if (field.HasConstantValue && Equals(field.ConstantValue, first.Value))
                {
                    return field.Name;
                }
            }

            return null;
        }

        return first.Value as string;
    }

    // Reports a member or parameter whose other scheme and classification are known (the classification is the guessed
    // category when a scheme is present).
    private static void Report(SymbolAnalysisContext context, ISymbol member, INamedTypeSymbol container, Context known, INamedTypeSymbol? scheme, Category? classified)
    {
        if (member.Locations.Length == 0 || !member.Locations[0].IsInSource)
        {
            return;
        }

        var category = scheme is null ? classified : null;
        if ((scheme is null && category is null) || InGeneratedCode(context, member) || IsMarked(member, container, known))
        {
            return;
        }

        if (scheme is not null)
        {
            var guessed = classified ?? Category.UniqueId;
            known.Report(context, Diagnostic.Create(
                DiagnosticDescriptors.MarkedByAnotherScheme,
                member.Locations[0],
                ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, guessed.ToString()).Add(SchemeProperty, scheme.Name),
                $"{container.Name}.{member.Name}",
                scheme.Name.Replace("Attribute", string.Empty),
                guessed.ToString()));
            return;
        }

        if (category is not null)
        {
            known.Report(context, Diagnostic.Create(
                DiagnosticDescriptors.LooksLikePersonalData,
                member.Locations[0],
                ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, category.Value.ToString()),
                $"{container.Name}.{member.Name}",
                category.Value.ToString()));
        }
    }

    // Where GeneratedCodeAnalysisFlags.None would have dropped the report although the symbol is not generated code: under
    // #line hidden, or (a partial member, a parameter of a partial method) at a declaration in a generated file.
    private static bool InGeneratedCode(SymbolAnalysisContext context, ISymbol member)
    {
        var location = member.Locations[0];
        if (location.SourceTree is not { } tree)
        {
            return false;
        }

        if (tree.HasHiddenRegions() && tree.GetLineVisibility(location.SourceSpan.Start, context.CancellationToken) is LineVisibility.Hidden or LineVisibility.BeforeFirstLineDirective)
        {
            return true;
        }

        var single = member.Locations.Length == 1 &&
                     (member is not IParameterSymbol { ContainingSymbol: IMethodSymbol method } || method is { PartialDefinitionPart: null, PartialImplementationPart: null });
        return !single && GeneratedFiles.IsGenerated(tree, context.Options, context.CancellationToken);
    }

    // What the driver's flag says of a method's own symbol action: generated when [GeneratedCode] marks it (its type's
    // mark is the type action's flag), or when every declaration of it is in a generated file.
    private static bool IsGeneratedMethod(SymbolAnalysisContext context, IMethodSymbol method, Context known)
    {
        if (known.GeneratedCode is { } generatedCode && method.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, generatedCode)))
        {
            return true;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (!GeneratedFiles.IsGenerated(reference.SyntaxTree, context.Options, context.CancellationToken))
            {
                return false;
            }
        }

        return !method.DeclaringSyntaxReferences.IsEmpty;
    }

    // A positional record's parameters are its properties, which are checked as properties.
    private static bool IsRecordPrimaryConstructor(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor && method.ContainingType.IsRecord &&
        method.Parameters.Length > 0 && method.Parameters.All(p => method.ContainingType.GetMembers(p.Name).OfType<IPropertySymbol>().Any());

    private static bool IsMarked(ISymbol member, INamedTypeSymbol container, Context known)
    {
        if (PiiDeclaration.Find(member.GetAttributes(), known.Known.Pii) is not null)
        {
            return true;
        }

        for (var type = container; type is not null; type = type.BaseType)
        {
            if (PiiDeclaration.Find(type.GetAttributes(), known.Known.Pii) is not null)
            {
                return true;
            }
        }

        // A positional record member may be marked on its parameter instead of its property.
        if (member is IPropertySymbol && container.IsRecord)
        {
            foreach (var constructor in container.InstanceConstructors)
            {
                foreach (var p in constructor.Parameters)
                {
                    if (p.Name == member.Name && PiiDeclaration.Find(p.GetAttributes(), known.Known.Pii) is not null)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
