using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Rules;

namespace PiiGuard.Analyzers.Inventory;

/// <summary>
/// What the data map says of one compilation, gathered by the flow analyzer while it reports: every hit of the engine,
/// covered or not, as a <see cref="FlowSpec"/> carrying the rules it breaks (the map's Findings are the analyzer's
/// diagnostics), and at the end the declarations. The flow analyzer hands the rendered documents to the build through
/// the compiler's error log (<see cref="DataMapEnvelope"/>), so the bodies are bound and walked once per build, by the
/// analyzer, whose semantic models the SDK's own analyzers share — never again by the generator on a compilation of
/// its own.
/// </summary>
internal sealed class DataMapFacts
{
    private readonly ConcurrentDictionary<FlowSpec, byte> flows = new();

    /// <summary>
    /// Records one hit of the walk of <paramref name="owner"/>'s code with the rules it breaks, as the analyzer's rules
    /// classified it (<see cref="FlowFindings.Add"/>); of declared data only (audit mode's guesses are not the map's).
    /// </summary>
    public void Add(SinkHit hit, ISymbol owner, IReadOnlyList<(DiagnosticDescriptor Rule, PiiFact Item)> broken)
    {
        if (hit.Fact.Inferred)
        {
            return;
        }

        var rules = broken.Select(r => r.Rule.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray();
        var destination = hit.Sink.Destination;
        flows.TryAdd(
            new FlowSpec(
                hit.Fact.Member, hit.Sink.Kind.ToString(), hit.Sink.Display, destination?.Region, MemberName(owner),
                destination?.Recipient ?? destination?.RecipientKind, (int)(destination?.Purpose ?? Model.Purpose.None), hit.Sink.Host, rules),
            0);
    }

    /// <summary>The flows in a fixed order: the same code gives byte-identical documents whatever order blocks ran in.</summary>
    public EquatableArray<FlowSpec> Flows() => flows.Keys
        .OrderBy(f => f.Item, StringComparer.Ordinal)
        .ThenBy(f => f.Kind, StringComparer.Ordinal)
        .ThenBy(f => f.Sink, StringComparer.Ordinal)
        .ThenBy(f => f.Location, StringComparer.Ordinal)
        .ThenBy(f => f.Region ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(f => f.Recipient ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(f => f.DestinationPurpose)
        .ThenBy(f => f.Host ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(f => string.Join(",", f.Findings), StringComparer.Ordinal)
        .ToEquatableArray();

    /// <summary>
    /// The whole inventory of a compilation: the declarations read as the generator reads them (its pipeline composes
    /// the same functions step by step) and the flows recorded here.
    /// </summary>
    public InventorySpec Spec(Compilation compilation, InventoryOptions settings, CancellationToken cancellationToken)
    {
        var declared = DeclaredFacts.Read(compilation, cancellationToken);
        var derived = declared.TypeLevelNames.Length == 0 ? EquatableArray<ItemSpec>.Empty : InventoryParser.DerivedItems(compilation, declared.TypeLevelNames, cancellationToken);
        var local = LocalItems(declared.Items, DeclaredFacts.TargetedItems(compilation, cancellationToken), derived, InventoryParser.ExternalItems(compilation));
        var assembly = InventoryParser.AssemblyFacts(compilation, settings.HomeRegionProperty, declared.Destinations, declared.Stores, cancellationToken);
        return Spec(local, InventoryParser.ReferencedItems(compilation, cancellationToken), assembly, settings, settings.ComputeFlows ? Flows() : EquatableArray<FlowSpec>.Empty);
    }

    /// <summary>The items declared in this assembly's own code.</summary>
    public static EquatableArray<ItemSpec> LocalItems(EquatableArray<ItemSpec> declared, EquatableArray<ItemSpec> targeted, EquatableArray<ItemSpec> derived, EquatableArray<ItemSpec> external) =>
        InventoryParser.Sort(declared.Concat(targeted).Concat(derived).Concat(external));

    /// <summary>An inventory from its parts.</summary>
    public static InventorySpec Spec(EquatableArray<ItemSpec> local, EquatableArray<ItemSpec> referenced, AssemblySpec assembly, InventoryOptions settings, EquatableArray<FlowSpec> flows) =>
        new(assembly, InventoryParser.Sort(local.Concat(referenced)), flows, settings.ComputeFlows, settings.PublicApi);

    /// <summary>Nothing declared: a project that does not use PiiGuard gets no generated code and no map.</summary>
    public static bool Declares(InventorySpec spec) =>
        spec.Items.Length != 0 || spec.Assembly.HomeRegion is not null || spec.Assembly.Destinations.Length != 0;

    /// <summary>
    /// The member whose code sends the data (<c>OrderService.Place</c>): the map changes when flows change, not when a
    /// line moves. Lambdas and local functions belong to the member that declares them.
    /// </summary>
    private static string MemberName(ISymbol owner) => owner switch
    {
        IMethodSymbol { Name: WellKnownMemberNames.TopLevelStatementsEntryPointMethodName } => "top-level statements",
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor => constructor.ContainingType.Name + " constructor",
        IMethodSymbol { AssociatedSymbol: { } property } => property.ContainingType?.Name + "." + property.Name,
        IFieldSymbol or IPropertySymbol => owner.ContainingType?.Name + "." + owner.Name + " initializer",
        _ => owner.ContainingType is { } type ? type.Name + "." + owner.Name : owner.Name,
    };
}
