using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Inventory;

/// <summary>Names of the generator's tracked pipeline steps, for incrementality tests.</summary>
internal static class TrackingNames
{
    public const string Declarations = nameof(Declarations);
    public const string RecordProperties = nameof(RecordProperties);
    public const string DerivedItems = nameof(DerivedItems);
    public const string LocalItems = nameof(LocalItems);
    public const string ReferencedItems = nameof(ReferencedItems);
    public const string ExternalItems = nameof(ExternalItems);
    public const string AssemblyFacts = nameof(AssemblyFacts);
    public const string Destinations = nameof(Destinations);
    public const string Stores = nameof(Stores);
    public const string Options = nameof(Options);
    public const string Inventory = nameof(Inventory);
}

/// <summary>
/// Generates the run-time data inventory of an assembly — the <c>PiiGuard.Generated.DataInventory</c> API — from its
/// <c>[Pii]</c> declarations and those of the assemblies it references. The Markdown and JSON data map, which also
/// needs the flows, is rendered by the flow analyzer from the same functions (<see cref="DataMapFacts"/>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class InventoryGenerator : IIncrementalGenerator
{
    // Every step below that reads the compilation runs again after every edit (ForAttributeWithMetadataName too: it binds
    // each marked declaration's attributes again, per keystroke in an editor). What they read is the declarations, not
    // the bodies: with the same DeclarationShape they hand back their last result and bind nothing.
    private readonly ShapeMemo<DeclaredFacts> declaredMemo = new();
    private readonly ShapeMemo<EquatableArray<ItemSpec>> targetedMemo = new();
    private readonly ShapeMemo<EquatableArray<ItemSpec>> derivedMemo = new();
    private readonly ShapeMemo<EquatableArray<ItemSpec>> externalMemo = new();
    private readonly ShapeMemo<EquatableArray<ItemSpec>> referencedMemo = new();
    private readonly ShapeMemo<AssemblySpec> assemblyMemo = new();

    /// <summary>Step results handed back for an unchanged <see cref="DeclarationShape"/> (for tests and the benchmark).</summary>
    internal long ReusedResults =>
        declaredMemo.Hits + targetedMemo.Hits + derivedMemo.Hits + externalMemo.Hits + referencedMemo.Hits + assemblyMemo.Hits;

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => InventoryOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // The run-time API is all the generator makes (the data map is the flow analyzer's): with PiiGuardInventoryApi=false
        // no step reads the compilation — no declaration is bound, no tree is read — and nothing is added.
        var compilations = context.CompilationProvider
            .Combine(options.Select(static (settings, _) => settings.Api))
            .Select(static (input, _) => input.Right ? input.Left : null);

        // The declarations written with [Pii], [PiiDestination] or [PiiStorage], read in one pass.
        var declared = compilations
            .Select((compilation, ct) => compilation is null ? DeclaredFacts.None : declaredMemo.Get(compilation, null, () => DeclaredFacts.Read(compilation, ct), ct));
        var declarations = declared
            .Select(static (facts, _) => facts.Items)
            .WithTrackingName(TrackingNames.Declarations);

        // [property: Pii] on a positional record parameter targets the property, and [field: Pii] on an auto-property
        // targets its backing field: the declaration's own attributes (DeclaredFacts) include neither. A syntax
        // provider would visit every node of every tree (0.03x the binding time of a code base that marks nothing); the
        // attribute's name is in the text instead, so only trees that say "Pii" (or use an alias of it) are read, and in
        // them only declarations, never bodies. Equal results leave everything below cached.
        var recordProperties = compilations
            .Select((compilation, ct) => compilation is null ? EquatableArray<ItemSpec>.Empty : targetedMemo.Get(compilation, null, () => DeclaredFacts.TargetedItems(compilation, ct), ct))
            .WithTrackingName(TrackingNames.RecordProperties);

        // Subclasses of a type-level [Pii] type: their own members are declared by the base (as the analyzer sees them).
        // The type-level [Pii] types are found by attribute; their subclasses by name in the per-tree syntax index, and
        // only those are bound. Nothing type-level declared: no work.
        var typeLevelNames = declared.Select(static (facts, _) => facts.TypeLevelNames);
        var derivedItems = compilations
            .Combine(typeLevelNames)
            .Select((input, ct) => input.Left is null || input.Right.Length == 0
                ? EquatableArray<ItemSpec>.Empty
                : derivedMemo.Get(input.Left, input.Right, () => InventoryParser.DerivedItems(input.Left, input.Right, ct), ct))
            .WithTrackingName(TrackingNames.DerivedItems);

        // [assembly: PiiExternal]: framework sources given purposes, third-party members marked. Assembly attributes
        // only: cheap, and equal after any edit that does not touch them.
        var externalItems = compilations
            .Select((compilation, ct) => compilation is null ? EquatableArray<ItemSpec>.Empty : externalMemo.Get(compilation, null, () => InventoryParser.ExternalItems(compilation), ct))
            .WithTrackingName(TrackingNames.ExternalItems);

        var localItems = declarations
            .Combine(recordProperties)
            .Combine(derivedItems)
            .Combine(externalItems)
            .Select(static (input, _) =>
            {
                var (((declared, properties), derived), external) = input;
                return DataMapFacts.LocalItems(declared, properties, derived, external);
            })
            .WithTrackingName(TrackingNames.LocalItems);

        // Referenced assemblies are scanned once per reference (InventoryParser caches by MetadataReference).
        var referencedItems = compilations
            .Select((compilation, ct) => compilation is null ? EquatableArray<ItemSpec>.Empty : referencedMemo.Get(compilation, null, () => InventoryParser.ReferencedItems(compilation, ct), ct))
            .WithTrackingName(TrackingNames.ReferencedItems);

        // [PiiDestination] on types and members, and [PiiStorage] on the classes and members that are stores (a DbContext,
        // a cache wrapper): read in the same pass as the [Pii] declarations (DeclaredFacts), from the attributes written on
        // each declaration.
        var declaredDestinations = declared
            .Select(static (facts, _) => facts.Destinations)
            .WithTrackingName(TrackingNames.Destinations);
        var declaredStores = declared
            .Select(static (facts, _) => facts.Stores)
            .WithTrackingName(TrackingNames.Stores);

        // Assembly attributes only: cheap, and equal after any edit that does not touch them.
        var assemblyFacts = compilations
            .Combine(options)
            .Combine(declaredDestinations)
            .Combine(declaredStores)
            .Select((input, ct) =>
            {
                var (((compilation, settings), destinations), stores) = input;
                if (compilation is null)
                {
                    return AssemblySpec.None;
                }

                return assemblyMemo.Get(compilation, (settings.HomeRegionProperty, destinations, stores), () => InventoryParser.AssemblyFacts(compilation, settings.HomeRegionProperty, destinations, stores, ct), ct);
            })
            .WithTrackingName(TrackingNames.AssemblyFacts);

        // The declarations alone: all the run-time API needs.
        var inventory = localItems
            .Combine(referencedItems)
            .Combine(assemblyFacts)
            .Combine(options)
            .Select(static (input, _) =>
            {
                var (((local, referenced), assembly), settings) = input;
                return (Spec: DataMapFacts.Spec(local, referenced, assembly, settings, EquatableArray<FlowSpec>.Empty), settings.Api);
            })
            .WithTrackingName(TrackingNames.Inventory);

        // The run-time API is code users call: a source output. It lists items, never flows (no file or line of the
        // code base ends up in the shipped binary).
        context.RegisterSourceOutput(inventory, static (output, input) =>
        {
            if (input.Api && DataMapFacts.Declares(input.Spec))
            {
                output.AddSource("PiiGuard.DataInventory.g.cs", TextFormat.SafeSource(InventoryEmitter.CSharpApi(input.Spec)));
            }
        });
    }
}
