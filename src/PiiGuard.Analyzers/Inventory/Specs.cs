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
    EquatableArray<AccessSpec> Access,
    string? RetentionText = null,
    EquatableArray<string> SoldTo = default,
    EquatableArray<string> SharedWith = default,
    int CcpaCategory = 0,
    bool SaleStated = false,
    bool DisclosureStated = false);

internal sealed record StorageSpec(string Location, string Region);

internal sealed record DestinationSpec(string Region, string DeclaredOn, string? Host, string? Recipient, string? RecipientKind, int Purpose = 0);

internal sealed record TransferSpec(string Region, int Mechanism, string? Description);

/// <summary>
/// What the assembly declares about itself: home region, storage, destinations, transfers. <c>Storage</c> is the
/// assembly-level <c>[PiiStorage]</c>; <c>Stores</c> those declared on the classes and members that are stores.
/// </summary>
internal sealed record AssemblySpec(
    string Assembly,
    string? HomeRegion,
    EquatableArray<StorageSpec> Storage,
    EquatableArray<DestinationSpec> Destinations,
    EquatableArray<TransferSpec> Transfers,
    RecordSpec? Record = null,
    EquatableArray<StorageSpec> Stores = default)
{
    /// <summary>What the generator reads when it has nothing to make (<c>PiiGuardInventoryApi=false</c>).</summary>
    public static AssemblySpec None { get; } = new(string.Empty, null, EquatableArray<StorageSpec>.Empty, EquatableArray<DestinationSpec>.Empty, EquatableArray<TransferSpec>.Empty);
}

/// <summary>A controller, representative, DPO or privacy contact (<c>[assembly: PiiContact]</c>).</summary>
internal sealed record ContactSpec(int Role, string Name, string? Address, string? Email, string? Phone, string? Url);

/// <summary>A processing activity (<c>[assembly: PiiActivity]</c>): one row of the Art. 30 record.</summary>
internal sealed record ActivitySpec(
    string Name,
    int Purpose,
    string? Description,
    EquatableArray<string> DataSubjects,
    EquatableArray<string> Items,
    EquatableArray<string> Recipients,
    EquatableArray<string> Transfers,
    string? Retention,
    int LegalBasis);

/// <summary>Where data comes from (<c>[assembly: PiiSource]</c>).</summary>
internal sealed record SourceSpec(string Source, string? Description, EquatableArray<string> Items, bool PersonalData);

/// <summary>The rights under one law and how requests are handled (<c>[assembly: PiiRights]</c>).</summary>
internal sealed record RightsSpec(
    string Law,
    string? AppliesTo,
    EquatableArray<string> Rights,
    string? HowToExercise,
    string? Verification,
    string? ResponseTime,
    string? RequestLimit,
    string? OptOutValidity,
    string? Complaints);

/// <summary>
/// What a record of processing needs beyond the items: contacts, activities, sources, security measures, rights,
/// children, and the version the build stamped on the assembly (never the clock).
/// </summary>
internal sealed record RecordSpec(
    string? Version,
    EquatableArray<ContactSpec> Contacts,
    EquatableArray<ActivitySpec> Activities,
    EquatableArray<SourceSpec> Sources,
    EquatableArray<string> SecurityMeasures,
    EquatableArray<RightsSpec> Rights,
    string? Children,
    int ChildrenMinimumAge)
{
    public static readonly RecordSpec Empty = new(null, EquatableArray<ContactSpec>.Empty, EquatableArray<ActivitySpec>.Empty, EquatableArray<SourceSpec>.Empty,
        EquatableArray<string>.Empty, EquatableArray<RightsSpec>.Empty, null, 0);
}

/// <summary>
/// Where an item goes in code: the sink, the destination (region, recipient, its declared use; or the host of a send no
/// destination places), the member whose code sends it, and the rules the flow breaks — the same classification the
/// analyzer reports (empty: covered).
/// </summary>
internal sealed record FlowSpec(
    string Item,
    string Kind,
    string Sink,
    string? Region,
    string Location,
    string? Recipient = null,
    int DestinationPurpose = 0,
    string? Host = null,
    EquatableArray<string> Findings = default)
{
    /// <summary>A send no <c>[PiiDestination]</c> places (PII0404).</summary>
    public bool Unplaced => Kind == "Send" && Region is null;

    public bool Covered => Findings.Length == 0;
}

/// <summary>Build settings the generator and the flow analyzer read from MSBuild.</summary>
internal sealed record InventoryOptions(bool PublicApi, bool ComputeFlows, string? HomeRegionProperty, string? ProjectDirectory, bool DataMap, bool Api)
{
    /// <summary>The settings in a project's global analyzer options (<c>build_property.*</c>).</summary>
    public static InventoryOptions Read(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions global)
    {
        string? Value(string key) => Model.BuildProperties.Value(global, key);
        bool Off(string key) => string.Equals(Value(key), "false", System.StringComparison.OrdinalIgnoreCase);
        var map = !Off(Model.BuildProperties.DataMap);
        var flows = map && !Off(Model.BuildProperties.InventoryFlows);
        var isPublic = string.Equals(Value(Model.BuildProperties.InventoryVisibility), "public", System.StringComparison.OrdinalIgnoreCase);
        return new InventoryOptions(isPublic, flows, Value(Model.BuildProperties.HomeRegion), Value(Model.BuildProperties.ProjectDirectory) ?? Value("ProjectDir"), map, !Off(Model.BuildProperties.InventoryApi));
    }
}

/// <summary>Everything one assembly's inventory says.</summary>
internal sealed record InventorySpec(
    AssemblySpec Assembly,
    EquatableArray<ItemSpec> Items,
    EquatableArray<FlowSpec> Flows,
    bool FlowsComputed,
    bool PublicApi);
