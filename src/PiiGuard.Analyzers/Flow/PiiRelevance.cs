using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// The one definition of "a body worth walking", shared by the flow analyzer and the generator's flows section.
/// A body can only produce a finding if some value in it carries declared data, and a value can only get there
/// through a name: a type that holds declared data (<c>Customer c</c>), a member whose type does (<c>db.Customers</c>, <c>FindAsync</c> returning <c>Task&lt;Customer&gt;</c>), a helper whose own
/// code does (<c>FormatContact(…)</c>, followed to a fixpoint), or a <c>[Pii]</c> attribute on its parameters. So the
/// set of such names, computed from syntax and the references' metadata, selects the bodies to bind; every other body
/// is never bound. A compilation whose sources and references declare nothing selects none.
/// </summary>
internal sealed partial class PiiRelevance
{
    public static readonly PiiRelevance None = new(ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty);

    private PiiRelevance(ImmutableHashSet<string> names, ImmutableHashSet<string> holderTypes, ImmutableHashSet<string> sinkNames, ImmutableHashSet<string> objectNames, ImmutableHashSet<string> dataMembers, ImmutableHashSet<string> holderMembers)
    {
        HolderMembers = holderMembers;
        Names = names;
        HolderTypes = holderTypes;
        SinkNames = sinkNames;
        ObjectNames = objectNames;
        DataMembers = dataMembers;
        words = new Vocabulary(names, objectNames, dataMembers, holderMembers);
    }

    // While the sets are being computed: the statement checks read the growing sets themselves.
    private PiiRelevance(HashSet<string> names, HashSet<string> objectNames, HashSet<string> dataMembers, HashSet<string> holderMembers)
        : this(ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty)
    {
        words = new Vocabulary(names, objectNames, dataMembers, holderMembers);
    }

    // The sets the statement checks read: the final ones, or those still being computed.
    private readonly Vocabulary words;

    private sealed record Vocabulary(ICollection<string> Names, ICollection<string> ObjectNames, ICollection<string> DataMembers, ICollection<string> HolderMembers);

    /// <summary>
    /// Identifiers through which a body can reach a sink: the catalogue's methods, <c>[LoggerMessage]</c>,
    /// <c>[PiiSink]</c> and configured sinks, members of <c>[PiiDestination]</c> types, logger delegates, exception
    /// types created with a message (<c>"new " + name</c>, for those whose name does not end in <c>Exception</c>), and
    /// helpers of this compilation that take arguments and whose code reaches one of those (to a fixpoint).
    /// </summary>
    public ImmutableHashSet<string> SinkNames { get; }

    /// <summary>Identifiers whose presence makes a body relevant.</summary>
    public ImmutableHashSet<string> Names { get; }

    /// <summary>Names of types that declare or hold personal data; code inside them is always relevant.</summary>
    public ImmutableHashSet<string> HolderTypes { get; }

    /// <summary>Nothing is declared: no body is walked.</summary>
    public bool IsEmpty => HolderTypes.IsEmpty && Names.IsEmpty;

    /// <param name="audit">Audit mode: members discovery classifies as personal data count as declared.</param>
    public static PiiRelevance Compute(Compilation compilation, INamedTypeSymbol piiAttribute, CancellationToken cancellationToken, FlowOptionsCache? options = null, bool audit = false)
    {
        // The sets depend only on the syntax trees, the references' metadata and the options. An editor request analyses
        // one file on a fresh copy of the compilation (same tree and reference objects), which runs the compilation
        // start again: the copy finds what the last request computed instead of reading every tree once more.
        var trees = compilation.SyntaxTrees.ToImmutableArray();
        if (trees.IsEmpty)
        {
            return ComputeCore(compilation, piiAttribute, options, audit, cancellationToken);
        }

        var box = Recent.GetValue(trees[0], static _ => new RecentBox());
        if (box.Entry is { } recent && recent.Trees == trees && recent.Provider == options?.Provider && recent.Audit == audit &&
            SameReferences(recent.References, compilation.References))
        {
            return recent.Relevance;
        }

        var relevance = ComputeCore(compilation, piiAttribute, options, audit, cancellationToken);
        box.Entry = new RecentEntry(trees, compilation.References.ToImmutableArray(), options?.Provider, audit, relevance);
        return relevance;
    }

    private static readonly ConditionalWeakTable<SyntaxTree, RecentBox> Recent = new();

    private sealed class RecentBox
    {
        public volatile RecentEntry? Entry;
    }

    private sealed record RecentEntry(ImmutableArray<SyntaxTree> Trees, ImmutableArray<MetadataReference> References, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider? Provider, bool Audit, PiiRelevance Relevance);

    private static PiiRelevance ComputeCore(Compilation compilation, INamedTypeSymbol piiAttribute, FlowOptionsCache? options, bool audit, CancellationToken cancellationToken)
    {
        // Framework-known sources (SourceFacts, SourceCatalog): ASP.NET Core code reads personal data without any [Pii],
        // but only a compilation that uses PiiGuard (declares something here or in a reference, or an
        // [assembly: PiiExternal]) follows them: with nothing declared, PiiGuard only suggests (PII0008) and walks nothing.
        var declaresAnything = DeclaredAnywhere(compilation, piiAttribute, cancellationToken);
        if (!declaresAnything && !audit && !AnyMentionsPiiGuard(compilation, cancellationToken))
        {
            // No [Pii] anywhere, and no source even names a PiiGuard attribute ([assembly: PiiHomeRegion], PiiExternal…,
            // all of which start with "Pii"): no framework source is followed either, and no type is looked up.
            return None;
        }

        var sourceNames = SourceFacts.RelevanceNames(compilation, declaresAnything);
        if (sourceNames.IsEmpty && !audit && !declaresAnything)
        {
            // No source text here or in a project reference even says "Pii", and no assembly reference declares it:
            // nothing to index (the usual project, and every project of a code base that marks nothing).
            return None;
        }

        var (types, members) = ReferencedFacts(compilation, piiAttribute, cancellationToken);

        var indexes = compilation.SyntaxTrees.Where(t => !IsOwnGenerated(t)).Select(t => TreeIndex.For(t, cancellationToken)).ToList();
        var attributeNames = TreeIndex.PiiAttributeNames(indexes);

        bool Marked(ImmutableArray<string> attributes) => attributes.Any(attributeNames.Contains);

        // Audit mode: a data member discovery would suggest (by its own entry, else as a member of a person's record or as
        // the copy of a marked member, which depend on the other members).
        bool Probable(MemberEntry member) =>
            audit && member is { IsData: true, Name: { } name, ContainingType: { } type } &&
            (ProbableByItself(member)
                || PersonRecord(type) && (Discovery.PiiNameClassifier.Classify(type, name, null, personBySiblings: true) is not null
                    || member.TypeMentions.Any(t => Discovery.PiiNameClassifier.Classify(type, name, t, personBySiblings: true) is not null))
                || CopyOfMarked(type, name));

        // Same-named members of types related to a type with a marked data member (Discovery.MarkedCopies: CycleDto.Phase of
        // a marked Cycle.Phase), by Discovery.MarkedCopies.Key; each type name's stem is computed once.
        HashSet<string>? markedCopies = null;
        var stems = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? StemOf(string type) => stems.TryGetValue(type, out var stem) ? stem : stems[type] = Discovery.MarkedCopies.Stem(type);
        bool CopyOfMarked(string type, string name)
        {
            if (markedCopies is null)
            {
                markedCopies = new HashSet<string>(StringComparer.Ordinal);
                foreach (var m in members)
                {
                    if (m is { IsData: true, Name: { } marked, ContainingType: { } holder } && Marked(m.Attributes) && StemOf(holder) is { } holderStem)
                    {
                        markedCopies.Add(Discovery.MarkedCopies.Key(holderStem, marked));
                    }
                }
            }

            return markedCopies.Count > 0 && StemOf(type) is { } stem && markedCopies.Contains(Discovery.MarkedCopies.Key(stem, name));
        }

        // Types with a first name or a birth date among their members: discovery reads their other members as a person's.
        HashSet<string>? personRecords = null;
        bool PersonRecord(string type)
        {
            personRecords ??= new HashSet<string>(
                members.Where(m => m is { IsData: true, Name: { } n, ContainingType: { } t } && Discovery.PiiNameClassifier.IsPersonAnchor(n)
                    && (Discovery.PiiNameClassifier.IsPersonAnchor(t, n, null) || m.TypeMentions.Any(mention => Discovery.PiiNameClassifier.IsPersonAnchor(t, n, mention))))
                    .Select(m => m.ContainingType!),
                StringComparer.Ordinal);
            return personRecords.Contains(type);
        }

        var holders = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var dataMembers = new HashSet<string>(StringComparer.Ordinal);
        var referencedMembers = members.Count;
        types.AddRange(indexes.SelectMany(i => i.Types));
        members.AddRange(indexes.SelectMany(i => i.Members));

        // Only this compilation's code is read (a referenced project's bodies have no summary here).
        IEnumerable<MemberEntry> Local() => members.Skip(referencedMembers);
        foreach (var type in types)
        {
            if (Marked(type.Attributes) || Marked(type.ParameterAttributes))
            {
                holders.Add(type.Name);
            }
        }

        foreach (var member in members)
        {
            if (Marked(member.Attributes) || Probable(member))
            {
                // A declared data member is only read through an object of its holder type, and that object reaches a
                // body through a name already in the set (a parameter or local typed with the holder, a member or
                // helper returning it): so "Name" or "City" alone, common words, does not select a body. A method's
                // [return: Pii] is read by calling it: its name does.
                if (member.Name is { } name && !member.IsData)
                {
                    names.Add(name);
                }

                if (member.ContainingType is { } containing && member.IsData)
                {
                    holders.Add(containing);
                    if (member.Name is { } data)
                    {
                        dataMembers.Add(data);
                    }
                }
            }
        }

        names.UnionWith(sourceNames);
        if (holders.Count == 0 && names.Count == 0)
        {
            // Nothing declared in the sources or the references: a project that does not use PiiGuard pays nothing more.
            return None;
        }

        // Subclasses of holders hold what their base holds; types with data members of a holder type hold it too. A
        // worklist over two indexes (base name → types, mentioned type name → members): each type and member is looked at
        // once per holder it names, not once per round over every referenced project's members (it was most of the
        // relevance's time in a project that references large ones).
        var byBase = new Dictionary<string, List<TypeEntry>>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            foreach (var @base in type.Bases)
            {
                if (!byBase.TryGetValue(@base, out var derived))
                {
                    byBase[@base] = derived = new List<TypeEntry>();
                }

                derived.Add(type);
            }
        }

        var byMention = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            // Only public members: what a serializer or structured logger prints of it (PiiModel.ObjectFacts). A service with a
            // private _userManager field does not hold users; its code that reads the field names it.
            if (member is { IsData: true, Exposed: true, ContainingType: { } containing })
            {
                foreach (var mention in member.TypeMentions)
                {
                    if (!byMention.TryGetValue(mention, out var containers))
                    {
                        byMention[mention] = containers = new List<string>();
                    }

                    containers.Add(containing);
                }
            }
        }

        var newHolders = new Queue<string>(holders);
        while (newHolders.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var holder = newHolders.Dequeue();
            if (byBase.TryGetValue(holder, out var derived))
            {
                foreach (var type in derived)
                {
                    if (holders.Add(type.Name))
                    {
                        newHolders.Enqueue(type.Name);
                    }
                }
            }

            if (byMention.TryGetValue(holder, out var containers))
            {
                foreach (var containing in containers)
                {
                    if (holders.Add(containing))
                    {
                        newHolders.Enqueue(containing);
                    }
                }
            }
        }

        // [Pii] on a type declares every member of it and of its subclasses.
        var typeLevel = new HashSet<string>(types.Where(t => Marked(t.Attributes)).Select(t => t.Name), StringComparer.Ordinal);
        TreeIndex.AddSubclasses(typeLevel, types);

        if (typeLevel.Count > 0)
        {
            dataMembers.UnionWith(members.Where(m => m is { IsData: true, Name: not null, ContainingType: { } t } && typeLevel.Contains(t)).Select(m => m.Name!));
        }

        names.UnionWith(holders);
        names.UnionWith(attributeNames);

        // Names whose value is a holder object (or a collection or task of one), not a value taken from one.
        var objectNames = new HashSet<string>(holders, StringComparer.Ordinal);

        // Computed members of holder types (DisplayName, ToString): data only when read from a holder object.
        var holderMembers = new HashSet<string>(StringComparer.Ordinal);

        // A value typed as a base class or interface of a holder (IntegrationEvent, IRequest<T>), or as a type parameter
        // constrained to one, may be a holder at run time: those names make a body relevant too.
        var byName = types.GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var bases = new Queue<string>(types.Where(t => holders.Contains(t.Name)).SelectMany(t => t.Bases));
        while (bases.Count > 0)
        {
            var name = bases.Dequeue();
            if (name is "object" or "Object" || !names.Add(name))
            {
                continue;
            }

            objectNames.Add(name);
            if (!byName.TryGetValue(name, out var declared))
            {
                continue;
            }

            foreach (var type in declared)
            {
                foreach (var further in type.Bases)
                {
                    bases.Enqueue(further);
                }
            }
        }
        foreach (var member in members)
        {
            // ILogger<OrderService> names the category, not what it holds.
            if (member.Name is { } name && member.TypeMentions.Any(holders.Contains) && !member.TypeMentions.Any(LoggerTypes.Contains) && names.Add(name))
            {
                objectNames.Add(name);
            }
        }

        // Helpers whose code hands data back to their callers (a statement that reads a value, or renders a holder object,
        // reaches a return or an out parameter) are data names too: followed to a fixpoint, through an index from each
        // name to the helpers that use it, each helper checked again when a name it uses joins. A helper that only
        // touches holder objects (takes a BaseItem, returns its Id or another object) hands back no value. Members of
        // holder types read their own data without naming it (checked once at the start); those of a referenced holder
        // type, whose code is not here, are taken to.
        var provisional = new PiiRelevance(names, objectNames, dataMembers, holderMembers);
        var users = new Dictionary<string, List<MemberEntry>>(StringComparer.Ordinal);
        var own = new List<MemberEntry>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (i >= referencedMembers && member is { Name: { } name, CanReturn: true, Code: { } code } && !names.Contains(name))
            {
                foreach (var identifier in code.Names)
                {
                    if (!users.TryGetValue(identifier, out var list))
                    {
                        users[identifier] = list = new List<MemberEntry>();
                    }

                    list.Add(member);
                }

                if (member.ContainingType is { } container && holders.Contains(container))
                {
                    own.Add(member);
                }
            }
            else if (member is { Name: { } inside, CanReturn: true, Stored: false, ContainingType: { } type } && holders.Contains(type) && names.Add(inside))
            {
                holderMembers.Add(inside);
            }
        }

        bool HandsBack(MemberEntry member) =>
            provisional.HandsBackData(member.Code!.Nodes, member.ContainingType is { } type && holders.Contains(type));

        var stores = StoresByName(Local(), Marked);
        var pending = new Queue<string>(names);
        foreach (var name in dataMembers)
        {
            pending.Enqueue(name);
        }

        foreach (var member in own)
        {
            if (!names.Contains(member.Name!) && HandsBack(member))
            {
                names.Add(member.Name!);
                holderMembers.Add(member.Name!);
                pending.Enqueue(member.Name!);
            }
        }

        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = pending.Dequeue();
            if (stores.TryGetValue(next, out var written))
            {
                foreach (var field in written)
                {
                    if (names.Add(field))
                    {
                        pending.Enqueue(field);
                    }
                }
            }

            if (!users.TryGetValue(next, out var list))
            {
                continue;
            }

            foreach (var member in list)
            {
                if (!names.Contains(member.Name!) && HandsBack(member))
                {
                    names.Add(member.Name!);
                    if (member.ContainingType is { } type && holders.Contains(type))
                    {
                        holderMembers.Add(member.Name!);
                    }

                    pending.Enqueue(member.Name!);
                }
            }
        }

        var sinkNames = SinkNamesOf(compilation, types, members, Local(), options, cancellationToken);
        return new PiiRelevance(
            names.ToImmutableHashSet(StringComparer.Ordinal), holders.ToImmutableHashSet(StringComparer.Ordinal), sinkNames,
            objectNames.ToImmutableHashSet(StringComparer.Ordinal), dataMembers.ToImmutableHashSet(StringComparer.Ordinal), holderMembers.ToImmutableHashSet(StringComparer.Ordinal));
    }

    private static string? Callable(MemberEntry member) => member.Name ?? member.ContainingType;

    /// <summary>
    /// Audit mode's verdict on a data member from its entry alone (names, type mentions, attributes), kept with the entry: a
    /// referenced project's entries (<see cref="TreeIndex"/>, per tree) and a referenced assembly's (per assembly) are the
    /// same objects in every compilation that references them, so a solution's shared model projects are classified once,
    /// not once per project that references them (it was most of audit mode's relevance time).
    /// </summary>
    private static readonly ConditionalWeakTable<MemberEntry, StrongBox<bool>> ByItself = new();

    private static bool ProbableByItself(MemberEntry member) =>
        ByItself.GetValue(member, static m => new StrongBox<bool>(ClassifyByItself(m))).Value;

    private static bool ClassifyByItself(MemberEntry member) =>
        member is { Name: { } name, ContainingType: { } type } &&
        (Discovery.PiiNameClassifier.Classify(type, name, null) is not null || member.TypeMentions.Any(t => Discovery.PiiNameClassifier.Classify(type, name, t) is not null)
            // Written with an attribute that may name its value ([EmailAddress], [JsonPropertyName(…)]): the syntax does not
            // show what it says, so such a member counts (more bodies read in audit mode, none missed).
            || member.Attributes.Any(Discovery.PiiNameClassifier.IsEvidenceAttribute)
            // The learned second opinion adds what it is very sure of (Discovery.NameModel). Its type's mentions are
            // identifiers only, so a predefined type (string, int, decimal, bool, double) is asked for too (more bodies read
            // in audit mode, none missed).
            || Discovery.NameModel.AddsWithAny(type, name, PredefinedKinds.Concat(member.TypeMentions)));

    // The predefined types a member's type mentions (identifiers only) do not show, by the kinds the learned second opinion reads.
    private static readonly ImmutableArray<string> PredefinedKinds = ImmutableArray.Create("string", "int", "decimal", "bool", "double");

    private static readonly ImmutableHashSet<string> LoggerTypes = ImmutableHashSet.Create(StringComparer.Ordinal, "ILogger", "Logger");

    // The types of fields and auto-properties that keep personal data between calls as a value (FieldStore), besides the
    // predefined ones (string, object: no identifier in the type): a field of a holder type is a data name already, and a
    // service field (_logger = logger) never is one.
    private static readonly ImmutableHashSet<string> StorableTypes = ImmutableHashSet.Create(StringComparer.Ordinal,
        "String", "StringBuilder", "Object", "IPAddress", "Uri", "dynamic", "List", "IList", "ICollection", "IEnumerable",
        "IReadOnlyList", "IReadOnlyCollection", "HashSet", "Queue", "ConcurrentQueue");

    /// <summary>
    /// For each identifier, the undeclared fields and auto-properties of this compilation (of a type that can keep a
    /// value: a string, a builder, an address) that code using the identifier writes on its own object (<c>last =
    /// c.Email</c>): once the identifier is relevant, so are they (FieldStore reads what they keep).
    /// </summary>
    private static Dictionary<string, List<string>> StoresByName(IEnumerable<MemberEntry> local, Func<ImmutableArray<string>, bool> marked)
    {
        var members = local.ToList();
        var storable = new HashSet<string>(
            members.Where(m => m is { IsData: true, Name: not null } && !marked(m.Attributes) && (m.TypeMentions.IsEmpty || m.TypeMentions.Any(StorableTypes.Contains))).Select(m => m.Name!),
            StringComparer.Ordinal);
        var stores = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (storable.Count == 0)
        {
            return stores;
        }

        foreach (var member in members)
        {
            if (member.Code is not { } code)
            {
                continue;
            }

            var written = code.Names
                .Where(n => n.StartsWith(TreeIndex.AssignedPrefix, StringComparison.Ordinal) && storable.Contains(n.Substring(TreeIndex.AssignedPrefix.Length)))
                .Select(n => n.Substring(TreeIndex.AssignedPrefix.Length))
                .ToList();
            if (written.Count == 0)
            {
                continue;
            }

            foreach (var identifier in code.Names)
            {
                if (!stores.TryGetValue(identifier, out var list))
                {
                    stores[identifier] = list = new List<string>();
                }

                list.AddRange(written);
            }
        }

        return stores;
    }

    private static readonly ImmutableArray<string> SinkAttributeNames = ImmutableArray.Create(
        "LoggerMessage", "LoggerMessageAttribute", "PiiSink", "PiiSinkAttribute", "PiiDestination", "PiiDestinationAttribute");

    private static readonly ImmutableArray<string> DestinationAttributeNames = ImmutableArray.Create("PiiDestination", "PiiDestinationAttribute");

    /// <summary>
    /// Whether a helper's summary can say more than "may hand back its arguments": an ordinary method whose name is
    /// neither a data name (its code reads no declared data), nor a sink name (it hands nothing to a sink), and which is
    /// declared outside every holder type (whose code reads the holder's members) cannot. Local functions, accessors,
    /// operators and constructors always can (their names are not indexed).
    /// </summary>
    public bool MayShowInSummary(IMethodSymbol method) =>
        method.MethodKind != MethodKind.Ordinary || Names.Contains(method.Name) || IsSinkName(method.Name) || InHolderType(method);

    /// <summary>Whether a member is declared in a holder type (or a type nested in one, or deriving from one): its code sees the holder's data.</summary>
    public bool InHolderType(ISymbol member)
    {
        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (HolderTypes.Contains(current.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether an identifier can name a sink (a method, a logger delegate, a helper that reaches one).</summary>
    public bool IsSinkName(string identifier) => SinkNames.Contains(identifier);

    /// <summary>Whether a type name can be an exception's (whose message ends up in logs).</summary>
    public bool IsExceptionType(string name) => IsExceptionType(name, SinkNames.Contains);

    /// <summary>Whether a type name can be an exception's, given the sink names known so far.</summary>
    private static bool IsExceptionType(string name, Func<string, bool> isSink) =>
        name.EndsWith("Exception", StringComparison.Ordinal) || isSink(TreeIndex.NewPrefix + name);

    // The identifiers of a member's code (TreeIndex) that reach a sink: a sink name, or an exception created with data.
    private static bool ReachesSink(string identifier, HashSet<string> sinks) =>
        sinks.Contains(identifier) ||
        (identifier.StartsWith(TreeIndex.NewPrefix, StringComparison.Ordinal) &&
         (identifier.EndsWith("Exception", StringComparison.Ordinal) || sinks.Contains(identifier)));

    /// <summary>
    /// The names through which a body can reach a sink, read from syntax and metadata like the data names: a body that
    /// mentions none of them hands nothing to a sink, so whatever data it touches it cannot produce a finding or a flow
    /// of the map (what it returns is summarised when a caller that can needs it).
    /// </summary>
    private static ImmutableHashSet<string> SinkNamesOf(Compilation compilation, List<TypeEntry> types, List<MemberEntry> members, IEnumerable<MemberEntry> local, FlowOptionsCache? options, CancellationToken cancellationToken)
    {
        // Only the catalogue entries whose type this compilation can see (as PiiModel resolves them): a call can bind to no
        // other. Without this, an SDK's method names ("List", "Create", "Update", "Group") would make every body that
        // creates a List<T> a way out, in a code base that never references the SDK.
        var sinks = new HashSet<string>(SinkCatalog.Resolve(compilation).Values.SelectMany(entries => entries).SelectMany(e => e.Methods), StringComparer.Ordinal)
        {
            "LoggerMessage", // LoggerMessage.Define(…) delegates
        };

        // Exception types that do not say so in their name, and [PiiDestination] types with their subclasses.
        var destinations = new HashSet<string>(types.Where(t => t.Attributes.Any(DestinationAttributeNames.Contains)).Select(t => t.Name), StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            changed = false;
            foreach (var type in types)
            {
                // Recorded as "new Name": only creating one (with a message) is a sink.
                var created = TreeIndex.NewPrefix + type.Name;
                if (!type.Name.EndsWith("Exception", StringComparison.Ordinal) && !sinks.Contains(created) &&
                    type.Bases.Any(b => b.EndsWith("Exception", StringComparison.Ordinal) || sinks.Contains(TreeIndex.NewPrefix + b)))
                {
                    changed |= sinks.Add(created);
                }

                if (!destinations.Contains(type.Name) && type.Bases.Any(destinations.Contains))
                {
                    changed |= destinations.Add(type.Name);
                }
            }
        }

        foreach (var member in members)
        {
            if (member.Name is not { } name)
            {
                continue;
            }

            // [LoggerMessage], [PiiSink], [PiiDestination] members; every member of a destination type; a logger delegate
            // (Action<ILogger, …> from LoggerMessage.Define) held in a field or property.
            if (member.Attributes.Any(SinkAttributeNames.Contains) ||
                (member.ContainingType is { } containing && destinations.Contains(containing)) ||
                (member.TypeMentions.Contains("ILogger") && (member.TypeMentions.Contains("Action") || member.TypeMentions.Contains("Func"))))
            {
                sinks.Add(name);
            }
        }

        foreach (var reference in compilation.References)
        {
            if (reference is CompilationReference source)
            {
                // A project reference: its syntax says the same without binding its attributes.
                foreach (var tree in source.Compilation.SyntaxTrees)
                {
                    sinks.UnionWith(TreeIndex.For(tree, cancellationToken).Members.Where(m => m.Name is not null && m.Attributes.Any(SinkAttributeNames.Contains)).Select(m => m.Name!));
                }
            }
            else if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly)
            {
                sinks.UnionWith(LoggerMessageMethods(assembly));
            }
        }

        if (options is not null)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                var configured = options.For(tree);
                foreach (var sink in configured.AdditionalLogSinks.Concat(configured.AdditionalSerializeSinks))
                {
                    sinks.Add(sink.Substring(sink.LastIndexOf('.') + 1));
                }
            }
        }

        // Helpers that pass what their callers give them on to a sink (their summaries' parameter sinks): callers of such a
        // helper reach a sink too. Constructors are called by their type's name. A helper qualifies when, statement by
        // statement, one of its parameters can get to a statement that names a sink (ParametersReachSinkStatement) — not
        // merely when its code names one: most helpers that log or throw do so with their own values, and counting them
        // made every caller of every Compare, Dispose or Run a way out (with the catalogue change above, annotated Jellyfin
        // binds 1,901 bodies instead of 2,195: docs/performance.md). A helper that fails is tried again when a helper it
        // calls becomes a sink.
        var callers = new Dictionary<string, List<MemberEntry>>(StringComparer.Ordinal);
        var candidates = new List<MemberEntry>();
        foreach (var member in local)
        {
            if (member is not { TakesArguments: true, Code: { } code } || Callable(member) is not { } callable || sinks.Contains(callable))
            {
                continue;
            }

            candidates.Add(member);
            foreach (var identifier in code.Names)
            {
                if (!callers.TryGetValue(identifier, out var list))
                {
                    callers[identifier] = list = new List<MemberEntry>();
                }

                list.Add(member);
            }
        }

        var pending = new Queue<string>();
        void Try(MemberEntry member)
        {
            var callable = Callable(member)!;
            if (!sinks.Contains(callable) && ParametersReachSinkStatement(member.Code!.Nodes, sinks.Contains))
            {
                sinks.Add(callable);
                pending.Enqueue(callable);
            }
        }

        foreach (var member in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.Code!.Names.Any(identifier => ReachesSink(identifier, sinks)))
            {
                Try(member);
            }
        }

        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (callers.TryGetValue(pending.Dequeue(), out var list))
            {
                foreach (var caller in list)
                {
                    Try(caller);
                }
            }
        }

        return sinks.ToImmutableHashSet(StringComparer.Ordinal);
    }

    private static readonly ConditionalWeakTable<IAssemblySymbol, string[]> LoggerMessageCache = new();

    private static bool IsPlatform(AssemblyIdentity identity) =>
        identity.HasPublicKey && (identity.Name is "netstandard" or "mscorlib" || identity.Name.StartsWith("System.", StringComparison.Ordinal) ||
            identity.Name.StartsWith("Microsoft.", StringComparison.Ordinal) || identity.Name == "System");

    /// <summary>
    /// The <c>[LoggerMessage]</c> methods another assembly offers (they log whatever they are given), read once per
    /// assembly, and only from assemblies that reference the logging abstractions where the attribute lives.
    /// </summary>
    private static string[] LoggerMessageMethods(IAssemblySymbol assembly) => LoggerMessageCache.GetValue(assembly, static a =>
    {
        // The platform's own [LoggerMessage] methods are internal to it: the reference packs are not read at all.
        if (IsPlatform(a.Identity) || !a.Modules.SelectMany(m => m.ReferencedAssemblies).Any(r => r.Name == "Microsoft.Extensions.Logging.Abstractions"))
        {
            return Array.Empty<string>();
        }

        var names = new List<string>();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(a.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                switch (member)
                {
                    case INamespaceOrTypeSymbol container:
                        pending.Push(container);
                        break;
                    case IMethodSymbol method when method.DeclaredAccessibility != Accessibility.Private &&
                        method.GetAttributes().Any(d => d.AttributeClass?.Name == "LoggerMessageAttribute"):
                        names.Add(method.Name);
                        break;
                }
            }
        }

        return names.ToArray();
    });

    private static bool DeclaredAnywhere(Compilation compilation, INamedTypeSymbol piiAttribute, CancellationToken cancellationToken)
    {
        if (compilation.SyntaxTrees.Any(t => MentionsPii(t, cancellationToken)))
        {
            return true;
        }

        var attributeAssembly = piiAttribute.ContainingAssembly;
        foreach (var reference in compilation.References)
        {
            if (reference is CompilationReference source)
            {
                if (source.Compilation.SyntaxTrees.Any(t => MentionsPii(t, cancellationToken)))
                {
                    return true;
                }
            }
            else if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly &&
                !SymbolEqualityComparer.Default.Equals(assembly, attributeAssembly) &&
                ReferencedNames.GetValue(assembly, ReadReferencedNames).Contains(attributeAssembly.Name))
            {
                var facts = ReferenceCache.GetValue(assembly, a => Scan(a, piiAttribute));
                if (facts.Types.Any(t => t.Attributes.Contains("Pii") || t.ParameterAttributes.Contains("Pii")) || facts.Members.Any(m => m.Attributes.Contains("Pii")))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ImmutableHashSet<string> ReadReferencedNames(IAssemblySymbol assembly) =>
        assembly.Modules.SelectMany(m => m.ReferencedAssemblies).Select(r => r.Name).ToImmutableHashSet();

    private static readonly ConditionalWeakTable<SyntaxTree, object> PiiMentions = new();
    private static readonly object Yes = new();
    private static readonly object Prefix = new();
    private static readonly object No = new();

    /// <summary>The same reference objects, in the same order.</summary>
    internal static bool SameReferences(ImmutableArray<MetadataReference> recorded, IEnumerable<MetadataReference> current)
    {
        var i = 0;
        foreach (var reference in current)
        {
            if (i >= recorded.Length || !ReferenceEquals(recorded[i], reference))
            {
                return false;
            }

            i++;
        }

        return i == recorded.Length;
    }

    /// <summary>
    /// The data members (fields, properties, primary-constructor parameters) written with <c>[Pii]</c>, as (containing type's
    /// simple name, member name), in this compilation's trees that mention it (<see cref="MentionsPii"/>; the others are not
    /// indexed) and in referenced assemblies that use PiiGuard — by syntax and by the references' cached facts, nothing bound.
    /// Discovery's copy evidence (<see cref="Discovery.MarkedCopies"/>) looks only at the names this lists.
    /// </summary>
    internal static IEnumerable<(string Type, string Member)> MarkedDataMembers(Compilation compilation, INamedTypeSymbol piiAttribute, CancellationToken cancellationToken)
    {
        var trees = compilation.SyntaxTrees.ToList();
        var referenced = new List<MemberEntry>();
        var attributeAssembly = piiAttribute.ContainingAssembly;
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly || SymbolEqualityComparer.Default.Equals(assembly, attributeAssembly) ||
                !ReferencedNames.GetValue(assembly, ReadReferencedNames).Contains(attributeAssembly.Name))
            {
                continue;
            }

            if (reference is CompilationReference source)
            {
                // A project reference (the IDE, in-process builds): its trees that mention [Pii], by syntax.
                trees.AddRange(source.Compilation.SyntaxTrees);
            }
            else
            {
                referenced.AddRange(ReferenceCache.GetValue(assembly, a => Scan(a, piiAttribute)).Members);
            }
        }

        var indexes = trees.Where(t => !IsOwnGenerated(t) && MentionsPii(t, cancellationToken)).Select(t => TreeIndex.For(t, cancellationToken)).ToList();
        var names = TreeIndex.PiiAttributeNames(indexes);
        foreach (var member in indexes.SelectMany(i => i.Members).Concat(referenced))
        {
            if (member is { IsData: true, Name: { } name, ContainingType: { } type } && member.Attributes.Any(names.Contains))
            {
                yield return (type, name);
            }
        }
    }

    /// <summary>
    /// PiiGuard's own generated file (the run-time API): it holds no user code, so it adds no name to relevance (its
    /// members would make <c>Storage</c> or <c>Flows</c> relevant).
    /// </summary>
    public static bool IsOwnGenerated(SyntaxTree tree)
    {
        var path = tree.FilePath ?? string.Empty;
        return path.EndsWith("PiiGuard.DataInventory.g.cs", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a tree's text contains the word <c>Pii</c> or <c>PiiAttribute</c> (every use of the attribute and every
    /// alias for it does; <c>PiiGuard</c> alone, as in generated code, does not): a plain scan of the characters,
    /// cached per tree, far cheaper than indexing its declarations.
    /// </summary>
    public static bool MentionsPii(SyntaxTree tree, CancellationToken cancellationToken) => Mentions(tree, cancellationToken) == Yes;

    /// <summary>
    /// Whether a tree's text contains a word starting with <c>Pii</c> (<c>Pii</c>, <c>PiiGuard</c>, <c>PiiHomeRegion</c>,
    /// <c>PiiExternal</c>…): without one, the tree writes no PiiGuard attribute. The same scan as <see cref="MentionsPii"/>.
    /// </summary>
    public static bool MentionsPiiGuard(SyntaxTree tree, CancellationToken cancellationToken) => Mentions(tree, cancellationToken) != No;

    /// <summary>
    /// Whether any source of the compilation names a PiiGuard attribute (<see cref="MentionsPiiGuard"/>, cached per tree).
    /// Without one, no declaration is written here, not even through an alias (its declaration names the attribute).
    /// </summary>
    public static bool AnyMentionsPiiGuard(Compilation compilation, CancellationToken cancellationToken) =>
        compilation.SyntaxTrees.Any(tree => MentionsPiiGuard(tree, cancellationToken));

    [ThreadStatic]
    private static char[]? mentionsBuffer;

    private static object Mentions(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (PiiMentions.TryGetValue(tree, out var known))
        {
            return known;
        }

        // PiiGuard's own generated files mention [Pii] in their comments and declare nothing.
        if (IsOwnGenerated(tree))
        {
            return No;
        }

        var text = tree.GetText(cancellationToken);
        const int Overlap = 16;
        // One buffer per thread: every tree of every compilation is read through it once.
        var buffer = mentionsBuffer ??= new char[8192];
        var found = No;
        for (var start = 0; buffer.Length > Overlap && start < text.Length && found != Yes; start += buffer.Length - Overlap)
        {
            var count = Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            found = Stronger(found, ContainsPiiWord(buffer, count));
            if (count < buffer.Length)
            {
                break;
            }
        }

        return PiiMentions.GetValue(tree, _ => found);
    }

    private static object Stronger(object a, object b) => a == Yes || b == Yes ? Yes : a == Prefix || b == Prefix ? Prefix : No;

    // Yes: the word Pii or PiiAttribute; Prefix: only words that start with Pii (PiiGuard, PiiHomeRegion); No: neither.
    private static object ContainsPiiWord(char[] buffer, int count)
    {
        static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        var result = No;
        for (var i = 0; i + 2 < count; i++)
        {
            if (buffer[i] != 'P' || buffer[i + 1] != 'i' || buffer[i + 2] != 'i' || (i > 0 && IsWordChar(buffer[i - 1])))
            {
                continue;
            }

            var end = i + 3;
            if (end + 9 <= count && new string(buffer, end, 9) == "Attribute")
            {
                end += 9;
            }

            if (end >= count || !IsWordChar(buffer[end]))
            {
                return Yes;
            }

            result = Prefix;
        }

        return result;
    }

    /// <summary>
    /// Whether a source compilation uses <c>[Pii]</c> anywhere (by its syntax, cached per tree): lets a project
    /// reference that declares nothing be skipped without binding a single declaration of it.
    /// </summary>
    public static bool SourceDeclaresPii(Compilation compilation, CancellationToken cancellationToken)
    {
        if (!compilation.SyntaxTrees.Any(t => MentionsPii(t, cancellationToken)))
        {
            return false;
        }

        var indexes = compilation.SyntaxTrees.Where(t => !IsOwnGenerated(t)).Select(t => TreeIndex.For(t, cancellationToken)).ToList();
        var names = TreeIndex.PiiAttributeNames(indexes);
        return indexes.Any(i =>
            i.Types.Any(t => t.Attributes.Any(names.Contains) || t.ParameterAttributes.Any(names.Contains)) ||
            i.Members.Any(m => m.Attributes.Any(names.Contains)));
    }

    /// <summary>
    /// Whether the code unit around <paramref name="codeBlock"/> (its member declaration, the file's top-level
    /// statements, a primary constructor) can touch declared data.
    /// </summary>
    public bool IsRelevant(SyntaxNode codeBlock)
    {
        if (IsEmpty)
        {
            return false;
        }

        var unit = Unit(codeBlock);
        var holderCode = false;
        var constrained = false;
        for (var type = unit.Parent; type is not null && !holderCode && !constrained; type = type.Parent)
        {
            // Code of a holder type sees its data; class LoggingBehavior<TRequest> where TRequest : IRequest<TResponse>:
            // its members see TRequest.
            holderCode = type is TypeDeclarationSyntax declaration && HolderTypes.Contains(declaration.Identifier.ValueText);
            constrained = type is TypeDeclarationSyntax { ConstraintClauses.Count: > 0 } generic &&
                generic.ConstraintClauses.SelectMany(c => c.DescendantTokens()).Any(t => t.IsKind(SyntaxKind.IdentifierToken) && Names.Contains(t.ValueText));
        }

        // Both a way in for declared data and a way out to a sink: a body without either cannot report or map a flow.
        var data = holderCode || constrained;
        var sink = false;
        IEnumerable<SyntaxNode> nodes = unit is CompilationUnitSyntax compilationUnit
            ? compilationUnit.Members.OfType<GlobalStatementSyntax>()
            : new[] { unit };
        foreach (var node in nodes)
        {
            foreach (var token in node.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    var text = token.ValueText;
                    data = data || Names.Contains(text);
                    sink = sink || IsSinkName(text) || (TreeIndex.IsCreatedWithArguments(token) && IsExceptionType(text));
                    if (data && sink)
                    {
                        // The data must get from a statement that names it to one that names a sink. Code of a holder type
                        // also reads it through `this`, written or not (Username, this, ToString()); code that sees a
                        // constrained type parameter reads it through values of that type, which no name follows.
                        return constrained || (holderCode ? OwnDataReachesSinkStatement(nodes, ContractParameters(unit)) : DataReachesSinkStatement(nodes, ContractParameters(unit)));
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The declaration a code block belongs to, as <see cref="TreeIndex"/> reads it.</summary>
    private static SyntaxNode Unit(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax:
                    return current;
                case GlobalStatementSyntax { Parent: { } root }:
                    return root;
                case TypeDeclarationSyntax or CompilationUnitSyntax:
                    return current;
            }
        }

        return node;
    }

    // ---------------------------------------------------------------- referenced assemblies

    private sealed record ReferenceFacts(ImmutableArray<TypeEntry> Types, ImmutableArray<MemberEntry> Members);

    private static readonly ConditionalWeakTable<IAssemblySymbol, ReferenceFacts> ReferenceCache = new();

    // The names an assembly references: read once per assembly symbol (reference-pack assemblies are shared by every
    // compilation that references them), not per compilation.
    private static readonly ConditionalWeakTable<IAssemblySymbol, ImmutableHashSet<string>> ReferencedNames = new();

    private static readonly ImmutableArray<string> PiiMark = ImmutableArray.Create("Pii");

    /// <summary>
    /// The types and members of referenced assemblies, read as the same entries syntax gives, for the assemblies that
    /// can matter: those that reference PiiGuard (they may declare data) and those that reference one of them (they
    /// may hand out its holders). Each assembly is read once and cached.
    /// </summary>
    private static (List<TypeEntry> Types, List<MemberEntry> Members) ReferencedFacts(Compilation compilation, INamedTypeSymbol piiAttribute, CancellationToken cancellationToken)
    {
        var types = new List<TypeEntry>();
        var members = new List<MemberEntry>();
        var attributeAssembly = piiAttribute.ContainingAssembly;
        var assemblies = compilation.References
            .Select(compilation.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .Where(a => !SymbolEqualityComparer.Default.Equals(a, attributeAssembly))
            .Select(a => (Assembly: a, References: ReferencedNames.GetValue(a, ReadReferencedNames)))
            .ToList();
        var declaring = new HashSet<string>(assemblies.Where(a => a.References.Contains(attributeAssembly.Name)).Select(a => a.Assembly.Name), StringComparer.Ordinal)
        {
            attributeAssembly.Name,
        };

        var sources = compilation.References.OfType<CompilationReference>()
            .ToDictionary(r => r.Compilation.Assembly.Name, r => r.Compilation, StringComparer.Ordinal);
        foreach (var (assembly, referenced) in assemblies)
        {
            if (!referenced.Any(declaring.Contains))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (sources.TryGetValue(assembly.Name, out var source))
            {
                // A project reference (the IDE, in-process builds): its syntax says the same, without binding it.
                foreach (var tree in source.SyntaxTrees)
                {
                    var index = TreeIndex.For(tree, cancellationToken);
                    types.AddRange(index.Types);
                    members.AddRange(index.Members);
                }

                continue;
            }

            if (!ReferenceCache.TryGetValue(assembly, out var facts))
            {
                facts = ReferenceCache.GetValue(assembly, a => Scan(a, piiAttribute));
            }

            types.AddRange(facts.Types);
            members.AddRange(facts.Members);
        }

        return (types, members);
    }

    private static ReferenceFacts Scan(IAssemblySymbol assembly, INamedTypeSymbol piiAttribute)
    {
        var types = ImmutableArray.CreateBuilder<TypeEntry>();
        var members = ImmutableArray.CreateBuilder<MemberEntry>();
        bool IsPii(ImmutableArray<AttributeData> attributes) => attributes.Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, piiAttribute));

        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var child in current.GetTypeMembers())
            {
                pending.Push(child);
            }

            if (current is INamespaceSymbol ns)
            {
                foreach (var inner in ns.GetNamespaceMembers())
                {
                    pending.Push(inner);
                }

                continue;
            }

            var type = (INamedTypeSymbol)current;
            if (type.DeclaredAccessibility == Accessibility.Private)
            {
                continue;
            }

            var bases = new HashSet<string>(StringComparer.Ordinal);
            if (type.BaseType is { } baseType)
            {
                bases.Add(baseType.Name);
            }

            bases.UnionWith(type.Interfaces.Select(i => i.Name));
            var positional = type.IsRecord && type.InstanceConstructors.Any(c => c.Parameters.Any(p => IsPii(p.GetAttributes())));
            types.Add(new TypeEntry(type.Name, bases.ToImmutableArray(), IsPii(type.GetAttributes()) ? PiiMark : SinkMark(type.GetAttributes()), positional ? PiiMark : ImmutableArray<string>.Empty));
            HashSet<ISymbol>? backed = null;
            foreach (var member in type.GetMembers())
            {
                if (member.DeclaredAccessibility == Accessibility.Private || member.IsImplicitlyDeclared)
                {
                    continue;
                }

                var memberType = member switch
                {
                    IPropertySymbol p => p.Type,
                    IFieldSymbol f => f.Type,
                    IMethodSymbol { MethodKind: MethodKind.Ordinary } m => m.ReturnType,
                    _ => null,
                };
                if (memberType is null)
                {
                    continue;
                }

                var own = IsPii(member.GetAttributes()) || (member is IMethodSymbol method && IsPii(method.GetReturnTypeAttributes()));
                var mentions = new HashSet<string>(StringComparer.Ordinal);
                Mentions(memberType, mentions, 0);
                members.Add(new MemberEntry(member.Name, type.Name, mentions.ToImmutableArray(), own ? PiiMark : SinkMark(member.GetAttributes()), null, CanReturn: true, IsData: member is not IMethodSymbol,
                    Exposed: member is { DeclaredAccessibility: Accessibility.Public, IsStatic: false }, Stored: member is IFieldSymbol || (member is IPropertySymbol property && IsAutoProperty(property, backed ??= BackedProperties(type)))));
            }
        }

        return new ReferenceFacts(types.ToImmutable(), members.ToImmutable());
    }

    /// <summary>
    /// An auto-property keeps what is assigned to it and computes nothing: a source property has a backing field, a
    /// compiled one a <c>[CompilerGenerated]</c> getter.
    /// </summary>
    private static bool IsAutoProperty(IPropertySymbol property, HashSet<ISymbol> backed) =>
        backed.Contains(property) ||
        property.GetMethod?.GetAttributes().Any(a => a.AttributeClass is { Name: "CompilerGeneratedAttribute", ContainingNamespace: { Name: "CompilerServices" } }) == true;

    private static HashSet<ISymbol> BackedProperties(INamedTypeSymbol type) =>
        new(type.GetMembers().OfType<IFieldSymbol>().Select(f => f.AssociatedSymbol).OfType<IPropertySymbol>(), SymbolEqualityComparer.Default);

    // [PiiSink], [PiiDestination] and [LoggerMessage] read from metadata under the names syntax gives them.
    private static ImmutableArray<string> SinkMark(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass?.Name is "PiiSinkAttribute" or "PiiDestinationAttribute" or "LoggerMessageAttribute")
            {
                return ImmutableArray.Create(attribute.AttributeClass.Name);
            }
        }

        return ImmutableArray<string>.Empty;
    }

    private static void Mentions(ITypeSymbol type, HashSet<string> into, int depth)
    {
        if (depth > 6)
        {
            return;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                Mentions(array.ElementType, into, depth + 1);
                break;
            case INamedTypeSymbol named:
                into.Add(named.Name);
                foreach (var argument in named.TypeArguments)
                {
                    Mentions(argument, into, depth + 1);
                }

                break;
            default:
                into.Add(type.Name);
                break;
        }
    }
}
