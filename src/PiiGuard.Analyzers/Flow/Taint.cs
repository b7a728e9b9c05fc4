using System;
using System.Collections.Immutable;
using System.Linq;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// One declared item of personal data travelling through code: the member it was read from, what was declared for it,
/// and the steps it took. In a helper's summary, a fact may stand for "whatever the caller passes as parameter N".
/// </summary>
internal sealed class PiiFact
{
    public const int MaxPathSteps = 8;

    public PiiFact(string member, Category? category, Purpose purpose, ImmutableArray<string> path, int parameterOrdinal = -1, string? container = null, string? symbolId = null, Disclosure? disclosure = null, bool inferred = false)
    {
        Disclosure = disclosure ?? Disclosure.Silent;
        Inferred = inferred;
        SymbolId = symbolId;
        Member = member;
        Category = category;
        Purpose = purpose;
        Path = path.IsDefault ? ImmutableArray.Create(member) : path;
        ParameterOrdinal = parameterOrdinal;
        Container = container;
    }

    /// <summary>
    /// Audit mode: nobody marked the member; discovery's classifier says it looks like personal data. Reported under
    /// PII06xx, never listed in the data map.
    /// </summary>
    public bool Inferred { get; }

    /// <summary>The documentation-comment ID of the declaring symbol (for code fixes), when known.</summary>
    public string? SymbolId { get; }

    /// <summary>What the declaration says about recipients, sale and sharing.</summary>
    public Disclosure Disclosure { get; }

    /// <summary>The type of the whole object this fact was written inside (destructured, printed, serialized), if any.</summary>
    public string? Container { get; }

    public PiiFact InContainer(string container) => new(Member, Category, Purpose, Path, ParameterOrdinal, container, SymbolId, Disclosure, Inferred);

    /// <summary>The member as users name it, e.g. <c>Customer.Email</c>.</summary>
    public string Member { get; }

    public Category? Category { get; }

    public Purpose Purpose { get; }

    public ImmutableArray<string> Path { get; }

    /// <summary>≥ 0 for the symbolic fact of a helper's parameter; −1 for declared data.</summary>
    public int ParameterOrdinal { get; }

    public bool IsSymbolic => ParameterOrdinal >= 0;

    public bool IsSensitive => Category is { } c && Taxonomy.IsSensitive(c);

    public string CategoryText => Category?.ToString() ?? "personal data";

    public PiiFact WithStep(string step)
    {
        if (Path.Length >= MaxPathSteps || (Path.Length > 0 && Path[Path.Length - 1] == step))
        {
            return this;
        }

        return new PiiFact(Member, Category, Purpose, Path.Add(step), ParameterOrdinal, Container, SymbolId, Disclosure, Inferred);
    }

    public string PathText => string.Join(" → ", Path);

    public bool SameItem(PiiFact other) => Member == other.Member && ParameterOrdinal == other.ParameterOrdinal;
}

/// <summary>
/// The abstract value of an expression: the declared facts it carries, per-member values of objects built in the
/// method (anonymous objects, tuples, initializers), and the personal-data members a <c>with</c> overwrote with
/// clean values.
/// </summary>
internal sealed class Taint
{
    public static readonly Taint Empty = new(ImmutableArray<PiiFact>.Empty, ImmutableDictionary<string, Taint>.Empty, ImmutableHashSet<string>.Empty);

    private Taint(ImmutableArray<PiiFact> facts, ImmutableDictionary<string, Taint> fields, ImmutableHashSet<string> cleared)
    {
        Facts = facts;
        Fields = fields;
        Cleared = cleared;
    }

    public ImmutableArray<PiiFact> Facts { get; }

    public ImmutableDictionary<string, Taint> Fields { get; }

    public ImmutableHashSet<string> Cleared { get; }

    public bool IsEmpty => Facts.IsEmpty && Fields.IsEmpty && Cleared.IsEmpty;

    /// <summary>Every fact, including those held in fields.</summary>
    public ImmutableArray<PiiFact> AllFacts
    {
        get
        {
            if (Fields.IsEmpty)
            {
                return Facts;
            }

            // In member-name order: a hash-ordered dictionary's order changes from process to process, and the order
            // of facts decides the order of the names in a diagnostic's message.
            var result = this;
            foreach (var pair in Fields.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                result = result.Union(Of(pair.Value.AllFacts));
            }

            return result.Facts;
        }
    }

    public static Taint Of(PiiFact fact) => new(ImmutableArray.Create(fact), ImmutableDictionary<string, Taint>.Empty, ImmutableHashSet<string>.Empty);

    public static Taint Of(ImmutableArray<PiiFact> facts) =>
        facts.IsEmpty ? Empty : new Taint(facts, ImmutableDictionary<string, Taint>.Empty, ImmutableHashSet<string>.Empty);

    public Taint Union(Taint other)
    {
        if (ReferenceEquals(this, other))
        {
            return this;
        }

        // A member is only known clean if both sides cleaned it: an untracked side (empty) cleaned nothing.
        if (other.IsEmpty)
        {
            return Cleared.IsEmpty ? this : new Taint(Facts, Fields, ImmutableHashSet<string>.Empty);
        }

        if (IsEmpty)
        {
            return other.Cleared.IsEmpty ? other : new Taint(other.Facts, other.Fields, ImmutableHashSet<string>.Empty);
        }

        var facts = Facts;
        foreach (var fact in other.Facts)
        {
            if (!facts.Any(f => f.SameItem(fact)))
            {
                facts = facts.Add(fact);
            }
        }

        var fields = Fields;
        foreach (var pair in other.Fields)
        {
            fields = fields.SetItem(pair.Key, fields.TryGetValue(pair.Key, out var existing) ? existing.Union(pair.Value) : pair.Value);
        }

        // A member is only known clean if both sides cleaned it.
        return new Taint(facts, fields, Cleared.Intersect(other.Cleared));
    }

    /// <summary>The value with every field folded into its facts (an object rendered or passed on opaquely).</summary>
    public Taint Flatten() => Fields.IsEmpty ? this : Of(AllFacts);

    public Taint WithStep(string step)
    {
        if (IsEmpty)
        {
            return this;
        }

        return new Taint(
            Facts.Select(f => f.WithStep(step)).ToImmutableArray(),
            Fields.ToImmutableDictionary(p => p.Key, p => p.Value.WithStep(step)),
            Cleared);
    }

    /// <summary>Same facts (by item and path), fields and cleared members: a loop pass that changed nothing.</summary>
    public bool SameAs(Taint other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Facts.Length != other.Facts.Length || Fields.Count != other.Fields.Count || !Cleared.SetEquals(other.Cleared))
        {
            return false;
        }

        foreach (var fact in Facts)
        {
            if (!other.Facts.Any(f => f.SameItem(fact) && f.Path.SequenceEqual(fact.Path)))
            {
                return false;
            }
        }

        foreach (var pair in Fields)
        {
            if (!other.Fields.TryGetValue(pair.Key, out var field) || !pair.Value.SameAs(field))
            {
                return false;
            }
        }

        return true;
    }

    public Taint WithField(string name, Taint value) => new(Facts, Fields.SetItem(name, value), value.IsEmpty ? Cleared.Add(name) : Cleared.Remove(name));
}
