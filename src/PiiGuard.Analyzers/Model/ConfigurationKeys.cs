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

    /// <summary>
    /// Set by the package's targets (not a user setting): the file the flow analyzer hands the data map to the build in
    /// (<c>obj/…/piiguard.map</c>); without it the map travels as PII0990 through the compiler's error log.
    /// </summary>
    public const string MapFile = "_PiiGuardMapFile";

    /// <summary>
    /// Set by the package's targets when the build writes no error log: the compiler then skips Info-only analyzers
    /// (discovery), so the flow analyzer counts discovery's suggestions itself for the summary of a project where nothing
    /// is marked.
    /// </summary>
    public const string CountSuggestions = "_PiiGuardCountSuggestions";

    /// <summary>The trimmed value of the build property <paramref name="name"/>, or <see langword="null"/> when unset or blank.</summary>
    public static string? Value(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions global, string name) =>
        global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Every property the package's props must make compiler-visible (checked by a convention test).</summary>
    public static readonly string[] All = { HomeRegion, DataMap, InventoryFlows, InventoryVisibility, InventoryApi, Audit, ProjectDirectory, MapFile, CountSuggestions };
}
