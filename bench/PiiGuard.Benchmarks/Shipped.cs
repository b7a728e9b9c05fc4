using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Flow;

namespace PiiGuard.Benchmarks;

/// <summary>
/// Everything the PiiGuard package ships into a build, found by reflection over the analyzer assembly so that new
/// analyzers, suppressors and generators are measured without touching the benchmark.
/// </summary>
internal static class Shipped
{
    private static readonly Assembly AnalyzerAssembly = typeof(PiiFlowAnalyzer).Assembly;

    private static readonly Type[] AnalyzerTypes = AnalyzerAssembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsPublic: true } && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    private static readonly Type[] GeneratorTypes = AnalyzerAssembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsPublic: true } && t.GetCustomAttribute<GeneratorAttribute>() is not null &&
                    (typeof(IIncrementalGenerator).IsAssignableFrom(t) || typeof(ISourceGenerator).IsAssignableFrom(t)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Fresh instances of every shipped analyzer and suppressor.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

    /// <summary>Fresh instances of every shipped generator.</summary>
    public static ImmutableArray<ISourceGenerator> Generators() =>
        GeneratorTypes.Select(t => Activator.CreateInstance(t) switch
        {
            IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
            ISourceGenerator source => source,
            _ => throw new InvalidOperationException(t.FullName),
        }).ToImmutableArray();

    public static string Describe() =>
        $"{string.Join(", ", AnalyzerTypes.Select(t => t.Name))}; generators: {string.Join(", ", GeneratorTypes.Select(t => t.Name))}";

    /// <summary>The SDK's reference packs (newest version, newest target framework), plus PiiGuard.dll and, if the packs lack it, Logging.Abstractions.</summary>
    public static ImmutableArray<MetadataReference> ReferencePacks => PacksValue.Value;

    /// <summary>The .NET installation running the benchmark (its <c>sdk</c>, <c>packs</c> and <c>shared</c> folders).</summary>
    public static string DotnetRoot { get; } = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    /// <summary>The sub-folder of <paramref name="parent"/> with the highest version name (<c>10.0.12</c> above <c>10.0.9</c>).</summary>
    public static string NewestVersion(string parent) =>
        Directory.GetDirectories(parent).OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version(0, 0)).First();

    private static readonly Lazy<ImmutableArray<MetadataReference>> PacksValue = new(() =>
    {
        var paths = new List<string>();
        foreach (var pack in new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" })
        {
            var packDirectory = Path.Combine(DotnetRoot, "packs", pack);
            if (!Directory.Exists(packDirectory))
            {
                continue;
            }

            var version = NewestVersion(packDirectory);
            var framework = Directory.GetDirectories(Path.Combine(version, "ref")).OrderByDescending(d => d, StringComparer.Ordinal).First();
            paths.AddRange(Directory.GetFiles(framework, "*.dll"));
        }

        if (!paths.Any(p => Path.GetFileName(p) == "Microsoft.Extensions.Logging.Abstractions.dll"))
        {
            paths.Add(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location);
        }

        paths.Add(typeof(PiiAttribute).Assembly.Location);
        return paths.OrderBy(p => p, StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });
}

/// <summary>Global analyzer config options (<c>build_property.*</c>) as the package's props make them visible.</summary>
internal sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions global;

    public GlobalOptionsProvider(IReadOnlyDictionary<string, string> values) => global = new DictionaryOptions(values);

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.Empty;

    /// <summary>
    /// The properties of a non-design-time build of a project in <paramref name="projectDirectory"/>; with
    /// <paramref name="audit"/>, of one with <c>PiiGuardAudit=true</c>.
    /// </summary>
    public static GlobalOptionsProvider ForBuild(string projectDirectory, string homeRegion, bool audit = false)
    {
        var values = new Dictionary<string, string>
        {
            ["build_property.MSBuildProjectDirectory"] = projectDirectory,
            ["build_property.DesignTimeBuild"] = "false",
            ["build_property.PiiGuardHomeRegion"] = homeRegion,
        };
        if (audit)
        {
            values["build_property.PiiGuardAudit"] = "true";
        }

        return new(values);
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());
        private readonly IReadOnlyDictionary<string, string> values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
