using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Sinks;

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
    /// <c>this</c> written out whole (<c>{@Self}</c>, a record's <c>ToString</c>, a serializer): what this walk assigned
    /// to the members of its own object that the view writes (<c>Label = a;</c> then <c>{@Sorter}</c> of itself), so a
    /// helper's summary says its parameter reaches the sink through <c>this</c>. Empty for any other operation. The
    /// declared members of the type are the view's own business (<see cref="PiiModel.ObjectFacts"/>).
    /// </summary>
    private Taint OwnObject(IOperation operation, ObjectView view, SerializerFamily family = SerializerFamily.None)
    {
        if (Unwrap(operation) is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance, Type: { } type } ||
            (view == ObjectView.Rendered && !model.PrintsMembers(type)))
        {
            return Taint.Empty;
        }

        var value = Taint.Empty;
        foreach (var pair in StoredOnThis(operation))
        {
            if (model.WrittenType(pair.Key, view, family) is not null)
            {
                // Fields are read in name order (Taint.AllFacts): the same result whatever the state's order.
                value = value.WithField(pair.Key.Name, pair.Value.Flatten());
            }
        }

        return value;
    }

    // The value with what OwnObject adds (unchanged when nothing: a union with an empty side would forget the members
    // a `with` cleared).
    private Taint WithOwnObject(Taint value, IOperation operation, ObjectView view, SerializerFamily family = SerializerFamily.None) =>
        OwnObject(operation, view, family) is { IsEmpty: false } own ? value.Union(own) : value;

    // Whether an argument is `this` while a member of its own object holds data this walk put there (a call handing
    // itself to a helper is then not skipped: the helper's parameter sinks decide what of it is written).
    private bool CarriesOwnState(IOperation operation) => StoredOnThis(operation).Any();

    // When the operation is `this`: the members of its own object to which this walk assigned declared data.
    private IEnumerable<KeyValuePair<ISymbol, Taint>> StoredOnThis(IOperation operation)
    {
        if (Unwrap(operation) is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance, Type: { } type })
        {
            yield break;
        }

        foreach (var pair in state)
        {
            if (pair.Key is IFieldSymbol or IPropertySymbol && !pair.Value.AllFacts.IsEmpty && OwnMember(type, pair.Key))
            {
                yield return pair;
            }
        }
    }

    // Declared on the type or one of its bases (not a static of another type written through a bare name).
    private static bool OwnMember(ITypeSymbol type, ISymbol member)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, member.ContainingType?.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
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

        var step = $"{member.ContainingType?.Name}.{member.Name}";
        return facts.IsEmpty ? Taint.Empty : Taint.Of(facts.Select(f => f.WithStep(step)).ToImmutableArray());
    }
}
