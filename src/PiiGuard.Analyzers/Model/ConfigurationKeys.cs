namespace PiiGuard.Analyzers.Model;

/// <summary>Keys PiiGuard reads from analyzer config options (.editorconfig, .globalconfig, MSBuild).</summary>
internal static class ConfigurationKeys
{
    /// <summary>The MSBuild property <c>PiiGuardHomeRegion</c>, made visible by the package's props.</summary>
    public const string HomeRegionProperty = "build_property.PiiGuardHomeRegion";
}
