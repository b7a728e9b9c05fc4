using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Declarations;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Inventory;

namespace PiiGuard.Benchmarks;

/// <summary>One rung of the ladder: which analyzers and generators a "build" runs.</summary>
internal sealed record Configuration(string Name, bool DefaultAnalyzers, bool NullAnalyzer, bool PiiGuard, bool TaintRules, bool LoggerMessageGenerator);

/// <summary>Builds the corpus the way a build does: parse, generators, compiler and analyzer diagnostics, emit.</summary>
internal static class Harness
{
    public static readonly Configuration Plain = new("plain compilation", false, false, false, false, false);
    public static readonly Configuration Default = new("+ SDK default analyzers", true, false, false, false, false);
    public static readonly Configuration Null = new("+ null analyzer (floor)", true, true, false, false, false);
    public static readonly Configuration WithPiiGuard = new("+ PiiGuard", true, false, true, false, false);
    public static readonly Configuration Taint = new("peer: + CA2000/CA3001 enabled", true, false, false, true, false);
    public static readonly Configuration LoggerMessage = new("peer: + [LoggerMessage] generator", true, false, false, false, true);

    public static readonly Configuration[] Ladder = { Plain, Default, Null, WithPiiGuard, Taint, LoggerMessage };

    private static readonly string SdkDirectory = Path.GetDirectoryName(Path.GetDirectoryName(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/'))!)!;

    private static readonly Lazy<ImmutableArray<MetadataReference>> ReferencesValue = new(() =>
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator)
            .Where(p => p.StartsWith(runtime, StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal);
        return tpa.Concat(new[] { typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location, typeof(PiiAttribute).Assembly.Location })
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> NetAnalyzersValue = new(() => LoadAnalyzers(
        Directory.GetFiles(Path.Combine(SdkDirectory, "..", "sdk"), "Microsoft.CodeAnalysis*NetAnalyzers.dll", SearchOption.AllDirectories)
            .Where(p => !p.Contains("VisualBasic", StringComparison.Ordinal))
            .OrderByDescending(p => p, StringComparer.Ordinal).Take(2)));

    private static readonly Lazy<ISourceGenerator> LoggerMessageValue = new(() =>
    {
        var path = Directory.GetFiles(Path.Combine(SdkDirectory, "..", "packs", "Microsoft.AspNetCore.App.Ref"), "Microsoft.Extensions.Logging.Generators.dll", SearchOption.AllDirectories)
            .OrderByDescending(p => p, StringComparer.Ordinal).First();
        var type = Assembly.LoadFrom(path).GetTypes().Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    });

    public static ImmutableArray<MetadataReference> References => ReferencesValue.Value;

    /// <summary>Experiment: bytes live after analysis, with the compilation and the analyzers' state still reachable.</summary>
    public static long Retained { get; private set; }

    /// <summary>The SDK's own code-quality analyzers (NetAnalyzers), as a default build loads them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers => NetAnalyzersValue.Value;

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>Starts this benchmark again as a child process with <paramref name="arguments"/>, its output read by the caller.</summary>
    public static ProcessStartInfo StartSelf(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Harness).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Every analyzer and suppressor the package ships (found by reflection, so none can be left out).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> PiiGuardAnalyzers() => Shipped.Analyzers();

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> files, ReportDiagnostic taintRules = ReportDiagnostic.Default)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: "/corpus/" + f.Path)).ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true);
        if (taintRules != ReportDiagnostic.Default)
        {
            options = options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CA2000"] = taintRules, ["CA3001"] = taintRules });
        }

        return CSharpCompilation.Create("Corpus", trees, References, options);
    }

    /// <summary>One full build; returns its wall time and the PiiGuard diagnostics it produced.</summary>
    public static (TimeSpan Elapsed, ImmutableArray<Diagnostic> Diagnostics) Build(Corpus corpus, Configuration configuration)
    {
        var watch = Stopwatch.StartNew();
        Compilation compilation = Compile(corpus.Files, configuration.TaintRules ? ReportDiagnostic.Warn : ReportDiagnostic.Default);

        var generators = new List<ISourceGenerator>();
        if (configuration.PiiGuard)
        {
            generators.AddRange(Shipped.Generators());
        }

        if (configuration.LoggerMessageGenerator)
        {
            generators.Add(LoggerMessageValue.Value);
        }

        Phase("compilation");
        if (generators.Count > 0)
        {
            CSharpGeneratorDriver.Create(generators, parseOptions: ParseOptions, optionsProvider: new BuildOptions(designTime: false))
                .RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
        }

        Phase("generators");

        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        if (configuration.DefaultAnalyzers)
        {
            analyzers.AddRange(NetAnalyzersValue.Value);
        }

        if (configuration.NullAnalyzer)
        {
            analyzers.Add(new NullAnalyzer());
        }

        if (configuration.PiiGuard)
        {
            // Experiments: PIIGUARD_BENCH_ONLY="PiiFlowAnalyzer,PiiDiscoveryAnalyzer" runs only those of PiiGuard's analyzers.
            var only = Environment.GetEnvironmentVariable("PIIGUARD_BENCH_ONLY")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            analyzers.AddRange(PiiGuardAnalyzers().Where(a => only is null || only.Contains(a.GetType().Name, StringComparer.Ordinal)));
        }

        ImmutableArray<Diagnostic> diagnostics;
        if (analyzers.Count > 0)
        {
            var withAnalyzers = compilation.WithAnalyzers(analyzers.ToImmutable(), new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new BuildOptions(designTime: false)), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
            if (Environment.GetEnvironmentVariable("PIIGUARD_BENCH_RETAINED") == "1")
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                Retained = GC.GetTotalMemory(forceFullCollection: true);
                if (Environment.GetEnvironmentVariable("PIIGUARD_BENCH_PAUSE") is { } pause)
                {
                    Console.Error.WriteLine($"pid {Environment.ProcessId} retained {Retained / 1048576} MB");
                    Thread.Sleep(int.Parse(pause, System.Globalization.CultureInfo.InvariantCulture) * 1000);
                }

                GC.KeepAlive(withAnalyzers);
            }
        }
        else
        {
            diagnostics = compilation.GetDiagnostics();
        }

        Phase("analysis");
        using (var stream = new MemoryStream())
        {
            compilation.Emit(stream);
        }

        Phase("emit");
        watch.Stop();
        return (watch.Elapsed, diagnostics.Where(IsFinding).ToImmutableArray());
    }

    /// <summary>
    /// What the benchmarks count and print as PiiGuard's output: its diagnostics except the data map (PII0990, a record for
    /// the build), and any analyzer exception (AD0001) or generator exception (CS8784, CS8785), which must never be silently
    /// dropped.
    /// </summary>
    public static bool IsFinding(Diagnostic diagnostic) =>
        diagnostic.Id.StartsWith("PII", StringComparison.Ordinal) ? diagnostic.Id != "PII0990" : diagnostic.Id is "AD0001" or "CS8784" or "CS8785";

    // Experiments: PIIGUARD_BENCH_PHASES=1 prints, after each phase of a build, the working set, its peak so far, the GC
    // heap and the memory the GC has committed (to stderr).
    private static void Phase(string name)
    {
        if (Environment.GetEnvironmentVariable("PIIGUARD_BENCH_PHASES") == "1")
        {
            using var process = Process.GetCurrentProcess();
            var info = GC.GetGCMemoryInfo();
            Console.Error.WriteLine($"phase {name}: working set {process.WorkingSet64 >> 20} MB, peak {process.PeakWorkingSet64 >> 20} MB, GC heap {GC.GetTotalMemory(false) >> 20} MB, committed {info.TotalCommittedBytes >> 20} MB, private {process.PrivateMemorySize64 >> 20} MB");
        }
    }

    public static IReadOnlyList<Finding> Found(ImmutableArray<Diagnostic> diagnostics) => diagnostics
        .Select(d => new Finding(d.Id, d.Location.GetLineSpan().Path.Replace("/corpus/", string.Empty, StringComparison.Ordinal), d.Location.GetLineSpan().StartLinePosition.Line + 1))
        .Distinct()
        .ToList();

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers(IEnumerable<string> paths)
    {
        var loader = new Loader();
        return paths.SelectMany(p => new AnalyzerFileReference(Path.GetFullPath(p), loader).GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}

/// <summary>The floor: registers the same kinds of callbacks as PiiGuard and does nothing in them.</summary>
#pragma warning disable RS1036, RS1025, RS1026, RS1041, RS2008 // a do-nothing analyzer hosted by the benchmark, never shipped
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NullAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("NULL0001", "Null", "Null", "Null", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Property, SymbolKind.Field, SymbolKind.Method);
            start.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.AttributeList);
            start.RegisterOperationBlockAction(_ => { });
        });
        context.RegisterCompilationAction(_ => { });
    }
}
#pragma warning restore RS1036, RS1025, RS1026, RS1041, RS2008

/// <summary>MSBuild properties as the compiler sees them.</summary>
internal sealed class BuildOptions : AnalyzerConfigOptionsProvider
{
    private readonly Options global;

    public BuildOptions(bool designTime)
    {
        var values = new Dictionary<string, string>
        {
            ["build_property.MSBuildProjectDirectory"] = "/corpus",
            ["build_property.DesignTimeBuild"] = designTime ? "true" : "false",
        };

        // Experiments: PIIGUARD_BENCH_PROPERTIES="PiiGuardDataMap=false;PiiGuardAudit=true" sets MSBuild properties as a
        // project would.
        foreach (var pair in (Environment.GetEnvironmentVariable("PIIGUARD_BENCH_PROPERTIES") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            values["build_property." + pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }

        global = new Options(values);
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, string> values;

        public Options(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
