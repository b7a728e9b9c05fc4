namespace PiiGuard.Analyzers.Model;

/// <summary>Keys PiiGuard reads from analyzer config options (.editorconfig, .globalconfig, MSBuild).</summary>
internal static class ConfigurationKeys
{
    /// <summary>The MSBuild property <c>PiiGuardHomeRegion</c>, made visible by the package's props.</summary>
    public const string HomeRegionProperty = "build_property." + BuildProperties.HomeRegion;
}

/// <summary>
/// The MSBuild properties PiiGuard's analyzers and generator read (made visible to the compiler by the package's
/// props as <c>build_property.*</c>). One list, so the props, the docs and the code cannot drift apart.
/// </summary>
internal static class BuildProperties
{
    public const string HomeRegion = "PiiGuardHomeRegion";
    public const string DataMap = "PiiGuardDataMap";
    public const string InventoryFlows = "PiiGuardInventoryFlows";
    public const string InventoryVisibility = "PiiGuardInventoryVisibility";
    public const string InventoryApi = "PiiGuardInventoryApi";
    public const string Audit = "PiiGuardAudit";
    public const string ProjectDirectory = "MSBuildProjectDirectory";

    /// <summary>Every property the package's props must make compiler-visible (checked by a convention test).</summary>
    public static readonly string[] All = { HomeRegion, DataMap, InventoryFlows, InventoryVisibility, InventoryApi, Audit, ProjectDirectory };
}
