using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>
/// Metadata references for test compilations: the running framework's assemblies plus the real packages PiiGuard
/// follows data through (Microsoft.Extensions.Logging.Abstractions, Serilog, Newtonsoft.Json) and PiiGuard.dll.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> DefaultValue = new(Create);

    public static ImmutableArray<MetadataReference> Default => DefaultValue.Value;

    /// <summary>The framework only, without PiiGuard.dll: a project that does not use PiiGuard.</summary>
    public static ImmutableArray<MetadataReference> FrameworkOnly => Framework.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var tpa = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        return tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.StartsWith(runtimeDirectory, StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    /// <summary>The default references plus the ASP.NET Core shared framework (Identity's [PersonalData], the web SDK).</summary>
    public static ImmutableArray<MetadataReference> WithAspNetCore => AspNet.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> AspNet = new(() =>
    {
        var core = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var aspnet = core.Replace("Microsoft.NETCore.App", "Microsoft.AspNetCore.App", StringComparison.Ordinal);
        var known = Default.Select(r => Path.GetFileName(r.Display ?? string.Empty)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extra = Directory.Exists(aspnet)
            ? Directory.GetFiles(aspnet, "*.dll").OrderBy(p => p, StringComparer.Ordinal).Where(p => !known.Contains(Path.GetFileName(p)))
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            : Enumerable.Empty<MetadataReference>();
        return Default.AddRange(extra);
    });

    private static ImmutableArray<MetadataReference> Create() =>
        Framework.Value.AddRange(new[]
        {
            typeof(Microsoft.Extensions.Logging.ILogger).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Serilog.Log).Assembly,
            typeof(Newtonsoft.Json.JsonConvert).Assembly,
            typeof(NLog.Logger).Assembly,
            typeof(PiiGuard.PiiAttribute).Assembly,
        }.Distinct().Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location)));
}
