namespace PiiGuard.Analyzers.Inventory;

// Value-equatable models of the inventory pipeline: strings, numbers and EquatableArrays only — no symbols,
// syntax, locations or compilations.

/// <summary>One role's grant on an item.</summary>
internal sealed record AccessSpec(string Role, int Operations);

/// <summary>One item of personal data and everything declared for it.</summary>
internal sealed record ItemSpec(
    string Assembly,
    string Type,
    string TypeName,
    string Member,
    string Item,
    int Category,
    string TaxonomyKey,
    int Purpose,
    string? Description,
    string? Retention,
    string? RetentionFrom,
    int LegalBasis,
    bool Sold,
    bool Shared,
    EquatableArray<string> DisclosedTo,
    string? DataSubject,
    string? Group,
    string? StoredIn,
    EquatableArray<AccessSpec> Access);

internal sealed record StorageSpec(string Location, string Region);

internal sealed record DestinationSpec(string Region, string DeclaredOn, string? Host, string? Recipient, string? RecipientKind);

internal sealed record TransferSpec(string Region, int Mechanism, string? Description);

/// <summary>What the assembly declares about itself: home region, storage, destinations, transfers.</summary>
internal sealed record AssemblySpec(
    string Assembly,
    string? HomeRegion,
    EquatableArray<StorageSpec> Storage,
    EquatableArray<DestinationSpec> Destinations,
    EquatableArray<TransferSpec> Transfers);

/// <summary>Where an item goes in code.</summary>
internal sealed record FlowSpec(string Item, string Kind, string Sink, string? Region, string Location);

/// <summary>Build settings the generator reads from MSBuild.</summary>
internal sealed record InventoryOptions(bool PublicApi, bool ComputeFlows, string? HomeRegionProperty, string? ProjectDirectory, bool DataMap, bool Api);

/// <summary>Everything one assembly's inventory says.</summary>
internal sealed record InventorySpec(
    AssemblySpec Assembly,
    EquatableArray<ItemSpec> Items,
    EquatableArray<FlowSpec> Flows,
    bool FlowsComputed,
    bool PublicApi);
