using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// Fields and auto-properties that keep data between calls (<see cref="FieldStore"/>): the walker collects what a
/// method writes into one of its object's members, and reads what the type's other methods stored there.
/// </summary>
internal sealed partial class FlowWalker
{
    // Field-store mode: what this walk writes into members of its own object (null: not collecting).
    private Dictionary<ISymbol, Taint>? ownWrites;

    /// <summary>
    /// Field-store mode: walks the bodies of one method of a type (parameters stand for "what the caller passes", as in
    /// a summary) and returns the declared data it writes into each member of its own object, on any path.
    /// </summary>
    public ImmutableDictionary<ISymbol, ImmutableArray<PiiFact>> OwnWrites(ImmutableArray<IOperation> bodies)
    {
        ownWrites = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);
        if (owner is IMethodSymbol method)
        {
            SeedParametersSymbolically(method);
        }

        foreach (var body in bodies)
        {
            Execute(body);
        }

        var result = ImmutableDictionary.CreateBuilder<ISymbol, ImmutableArray<PiiFact>>(SymbolEqualityComparer.Default);
        foreach (var pair in ownWrites)
        {
            var facts = pair.Value.AllFacts.Where(f => !f.IsSymbolic).ToImmutableArray();
            if (!facts.IsEmpty)
            {
                result[pair.Key] = facts;
            }
        }

        return result.ToImmutable();
    }

    // An assignment to a member of this object: collected in field-store mode.
    private void Written(ISymbol member, Taint value)
    {
        if (ownWrites is not null && member switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, _ => null } is { } type &&
            FieldStore.CanHoldValue(type) && FieldStore.CanStore(member))
        {
            var key = member.OriginalDefinition;
            ownWrites[key] = ownWrites.TryGetValue(key, out var soFar) ? soFar.Union(value.Flatten()) : value.Flatten();
        }
    }

    /// <summary>
    /// A member of this object (or a static one) that this body has not written: the declared data the type's other
    /// methods store in it. Only members the relevance pre-filter names (written in code that can touch declared data)
    /// are looked up, and only those whose type can hold the data.
    /// </summary>
    private Taint Stored(ISymbol member)
    {
        var type = member switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, _ => null };
        if (type is null || !FieldStore.CanHoldValue(type) ||
            !analysis.Relevance(cancellationToken).Names.Contains(member.Name) || !FieldStore.CanStore(member))
        {
            return Taint.Empty;
        }

        var facts = analysis.Fields.StoredIn(member, cancellationToken);
        if (!facts.IsEmpty)
        {
            analysis.UsedFieldStore();
        }

        var step = $"{member.ContainingType?.Name}.{member.Name}";
        return facts.IsEmpty ? Taint.Empty : Taint.Of(facts.Select(f => f.WithStep(step)).ToImmutableArray());
    }
}
