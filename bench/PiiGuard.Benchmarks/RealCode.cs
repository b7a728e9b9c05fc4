using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PiiGuard.Analyzers.Flow;

namespace PiiGuard.Benchmarks;

/// <summary>
/// What the flow engine did (<see cref="FlowCounters"/>): bodies walked, helper summaries bound, taken from the
/// signature, or not needed.
/// </summary>
internal sealed record FlowWork(long Walked, long PastEarlyExit, long Summarised, long Opaque, long Skipped, long Carried = 0, long Contentful = 0)
{
    public static FlowWork Read() => new(FlowCounters.Walked, FlowCounters.PastEarlyExit, FlowCounters.Summarised, FlowCounters.Opaque, FlowCounters.Skipped, FlowCounters.Carried, FlowCounters.Contentful);

    public static void Reset() => FlowCounters.Reset();

    public FlowWork Add(FlowWork other) => new(Walked + other.Walked, PastEarlyExit + other.PastEarlyExit, Summarised + other.Summarised, Opaque + other.Opaque, Skipped + other.Skipped, Carried + other.Carried, Contentful + other.Contentful);

    public override string ToString() => $"{Walked} bodies bound and walked ({PastEarlyExit} past the early exit, {Carried} carrying declared data), {Summarised} helper summaries bound ({Contentful} with a sink or data), {Opaque} from signatures, {Skipped} calls without a summary";
}

/// <summary>What one measured build of one project cost, in seconds of one thread, and what it reported.</summary>
internal sealed record ProjectMeasurement(
    double Binding,
    double Analyzers,
    double AnalyzersWall,
    double Generator,
    IReadOnlyDictionary<string, double> PerAnalyzer,
    ImmutableArray<Diagnostic> Errors,
    ImmutableArray<Diagnostic> Findings,
    int GeneratedErrors,
    Compilation Output,
    string? TimedOut = null,
    double SdkOnly = 0,
    double SdkPlus = 0);

/// <summary>
/// <c>--real &lt;folder&gt;</c>: PiiGuard over a checked-out code base, per project, as ratios to the compiler's own binding
/// of the same project in the same process. Everything runs on one thread (no concurrent build or analysis) so that the
/// three numbers are comparable CPU costs; a real build spreads all three over the cores.
/// </summary>
internal static class RealCode
{
    private static readonly string[] Symbols =
    {
        "NET", "NETCOREAPP", "RELEASE", "TRACE", "NET10_0", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER",
        "NETCOREAPP2_1_OR_GREATER", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER",
    };

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var folder = Path.GetFullPath(Value(arguments, "--real") ?? throw new UsageException("--real <folder>"));
        var annotationsPath = Value(arguments, "--annotations");
        var annotations = annotationsPath is null ? Annotations.None : Annotations.Load(annotationsPath);
        var repeat = int.TryParse(Value(arguments, "--repeat") ?? "1", NumberStyles.None, CultureInfo.InvariantCulture, out var times) && times > 0
            ? times
            : throw new UsageException("--repeat <N>: a positive whole number");
        var homeRegion = Value(arguments, "--home-region") ?? "EU";
        var only = Value(arguments, "--projects")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var includeTests = arguments.Contains("--tests");
        var profile = arguments.Contains("--profile");
        var suggestions = arguments.Contains("--suggestions");
        // --limit <seconds>: a project's analyzers (and generator) are cancelled after this long and the row says so, so a
        // sweep over many code bases reports a hang instead of waiting for it.
        TimeSpan? limit = Value(arguments, "--limit") is { } limitText
            ? (double.TryParse(limitText, NumberStyles.Float, CultureInfo.InvariantCulture, out var limitSeconds) && limitSeconds > 0 ? TimeSpan.FromSeconds(limitSeconds) : throw new UsageException("--limit <seconds>: a positive number"))
            : null;
        WithSdkAnalyzers = arguments.Contains("--sdk-analyzers");
        Audit = arguments.Contains("--audit");
        SdkWith = Value(arguments, "--sdk-with")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (arguments.Contains("--steps"))
        {
            StepTimes = new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var all = ProjectLoader.InDependencyOrder(ProjectLoader.Discover(folder));
        var measured = all.Where(p => (includeTests || !p.IsTest) && (only is null || only.Any(o => p.Name.Equals(o, StringComparison.OrdinalIgnoreCase)))).ToHashSet();
        var needed = Closure(all, measured);
        Console.WriteLine($"real code: {folder}");
        Console.WriteLine($"projects: {all.Count} found, {measured.Count} measured{(includeTests ? string.Empty : " (test projects skipped; --tests includes them)")}, {needed.Count - measured.Count} more compiled as dependencies only");
        Console.WriteLine($"piiguard: {Shipped.Describe()}");
        Console.WriteLine($"references: {Shipped.ReferencePacks.Length} assemblies from the SDK's reference packs + PiiGuard.dll; home region {homeRegion}; repeat {repeat} (medians)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");

        // Warm-up: JIT the compiler, the generator driver and every PiiGuard analyzer on a synthetic corpus with the same references.
        var warm = CorpusGenerator.Generate(2000, 7);
        var warmTrees = warm.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions(Array.Empty<string>()), path: "/warmup/" + f.Path)).ToImmutableArray();
        await MeasureAsync(() => CSharpCompilation.Create("Warmup", warmTrees, Shipped.ReferencePacks, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false)), "/warmup", homeRegion);
        StepTimes?.Clear(); // the steps and the engine's work are of the measured projects only
        GeneratorWork = AnalyzerWork = new FlowWork(0, 0, 0, 0, 0);

        var outputs = new Dictionary<string, Compilation>(StringComparer.Ordinal);
        var rows = new List<(RealProject Project, int Files, int Lines, ProjectMeasurement M)>();
        var slowFiles = new List<(string File, double Seconds)>();
        var slowMembers = new List<(string Member, double Seconds)>();
        Console.WriteLine();
        Console.WriteLine("| Project | Files | Lines | Binding (s) | PiiGuard analyzers (s) | Generator (s) | CWA wall (s) | Errors (top IDs) | Findings |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var project in all.Where(needed.Contains))
        {
            var parseOptions = ParseOptions(Symbols.Concat((project.Property("DefineConstants") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
            var trees = project.Files.Select(f =>
            {
                var relative = Path.GetRelativePath(folder, f).Replace('\\', '/');
                var text = annotations.Apply(relative, SourceText.From(File.ReadAllText(f), Encoding.UTF8), parseOptions);
                return CSharpSyntaxTree.ParseText(text, parseOptions, path: f);
            }).ToList();
            if (project.Usings.Count > 0)
            {
                trees.Add(CSharpSyntaxTree.ParseText(GlobalUsings(project.Usings), parseOptions, path: Path.Combine(project.Directory, "obj", project.Name + ".GlobalUsings.g.cs")));
            }

            // Project references are transitive in MSBuild (Ordering.API sees EventBus through EventBusRabbitMQ).
            var references = Shipped.ReferencePacks.AddRange(TransitiveReferences(project, all).Where(outputs.ContainsKey).Select(r => (MetadataReference)outputs[r].ToMetadataReference()));
            var options = CompilationOptions(project);
            var immutableTrees = trees.ToImmutableArray();
            CSharpCompilation Create() => CSharpCompilation.Create(project.AssemblyName, immutableTrees, references, options);
            if (!measured.Contains(project))
            {
                outputs[project.ProjectPath] = Create();
                continue;
            }

            if (arguments.Contains("--relevance"))
            {
                RelevanceReport.Print(project.Name, Create(), project.Directory, homeRegion);
                outputs[project.ProjectPath] = Create();
                continue;
            }

            var runs = new List<ProjectMeasurement>();
            for (var i = 0; i < repeat; i++)
            {
                runs.Add(await MeasureAsync(Create, project.Directory, homeRegion, limit));
            }

            var median = new ProjectMeasurement(
                Stats.Median(runs.Select(r => r.Binding)), Stats.Median(runs.Select(r => r.Analyzers)), Stats.Median(runs.Select(r => r.AnalyzersWall)), Stats.Median(runs.Select(r => r.Generator)),
                runs[0].PerAnalyzer.Keys.ToDictionary(k => k, k => Stats.Median(runs.Select(r => r.PerAnalyzer[k])), StringComparer.Ordinal),
                runs[0].Errors, runs[0].Findings, runs[0].GeneratedErrors, runs[0].Output, runs.Select(r => r.TimedOut).FirstOrDefault(t => t is not null),
                Stats.Median(runs.Select(r => r.SdkOnly)), Stats.Median(runs.Select(r => r.SdkPlus)));
            outputs[project.ProjectPath] = median.Output;
            var lines = trees.Sum(t => t.GetText().Lines.Count);
            rows.Add((project, trees.Count, lines, median));
            var name = median.TimedOut is { } phase ? $"{project.Name} **timed out** ({phase} cancelled after {limit!.Value.TotalSeconds:F0} s)" : project.Name;
            Console.WriteLine(Row(name, trees.Count, lines, median.Binding, median.Analyzers, median.Generator, median.AnalyzersWall, median.Errors, median.Findings, median.GeneratedErrors));
            if (WithSdkAnalyzers)
            {
                Console.WriteLine($"|   with the SDK's analyzers | | | | SDK {median.SdkOnly:F2} s, SDK + PiiGuard {median.SdkPlus:F2} s: PiiGuard adds {median.SdkPlus - median.SdkOnly:F2} s ({(median.SdkPlus - median.SdkOnly) / median.Binding:F3}x) | | | | |");
            }

            if (profile)
            {
                var (files, members) = await ProfileAsync(median.Output, project.Directory, homeRegion, folder);
                slowFiles.AddRange(files);
                slowMembers.AddRange(members);
            }
        }

        Console.WriteLine(Row(
            $"**total ({rows.Count} projects)**", rows.Sum(r => r.Files), rows.Sum(r => r.Lines), rows.Sum(r => r.M.Binding), rows.Sum(r => r.M.Analyzers), rows.Sum(r => r.M.Generator), rows.Sum(r => r.M.AnalyzersWall),
            rows.SelectMany(r => r.M.Errors).ToImmutableArray(), rows.SelectMany(r => r.M.Findings).ToImmutableArray(), rows.Sum(r => r.M.GeneratedErrors)));

        Console.WriteLine();
        var binding = rows.Sum(r => r.M.Binding);
        Console.WriteLine("Per analyzer (telemetry execution time, all projects):");
        foreach (var name in rows.SelectMany(r => r.M.PerAnalyzer.Keys).Distinct().OrderBy(n => n, StringComparer.Ordinal))
        {
            var seconds = rows.Sum(r => r.M.PerAnalyzer.GetValueOrDefault(name));
            Console.WriteLine($"  {name}: {seconds:F2} s ({seconds / binding:F3}x binding)");
        }

        if (StepTimes is not null)
        {
            Console.WriteLine("Generator steps (tracked elapsed time, all measured projects and runs):");
            foreach (var (name, seconds) in StepTimes.OrderByDescending(p => p.Value))
            {
                Console.WriteLine($"  {name}: {seconds:F2} s");
            }
        }

        if (annotationsPath is not null)
        {
            var entries = annotations.Entries.ToList();
            Console.WriteLine($"annotations: {entries.Count} lines from {annotationsPath}, {entries.Sum(e => e.Applied)} declarations annotated");
            foreach (var unmatched in entries.Where(e => e.Applied == 0))
            {
                Console.WriteLine($"  unmatched: line {unmatched.Line}: {unmatched.File}|{unmatched.Identifier}");
            }
        }

        foreach (var finding in rows.SelectMany(r => r.M.Findings).Where(d => suggestions || !d.Id.Equals("PII0008", StringComparison.Ordinal)).OrderBy(d => d.Id, StringComparer.Ordinal).Take(arguments.Contains("--all-findings") ? int.MaxValue : 40))
        {
            var span = finding.Location.GetLineSpan();
            Console.WriteLine($"  {finding.Id} {Path.GetRelativePath(folder, span.Path)}:{span.StartLinePosition.Line + 1}: {finding.GetMessage(CultureInfo.InvariantCulture)}");
        }

        if (profile)
        {
            Console.WriteLine();
            Console.WriteLine("Slowest files (PiiGuard analyzers' execution time while analysing the file on its own):");
            foreach (var (file, seconds) in slowFiles.OrderByDescending(f => f.Seconds).Take(10))
            {
                Console.WriteLine($"  {seconds * 1000:F0} ms  {file}");
            }

            Console.WriteLine("Slowest members (in the slowest files of each project, analysed span by span):");
            foreach (var (member, seconds) in slowMembers.OrderByDescending(f => f.Seconds).Take(10))
            {
                Console.WriteLine($"  {seconds * 1000:F0} ms  {member}");
            }
        }

        if (WithSdkAnalyzers)
        {
            var sdkOnly = rows.Sum(r => r.M.SdkOnly);
            var sdkPlus = rows.Sum(r => r.M.SdkPlus);
            var generatorTotal = rows.Sum(r => r.M.Generator);
            Console.WriteLine($"with the SDK's analyzers (wall time of each analyzer set on the generator's output, the fastest of three interleaved runs): SDK analyzers {sdkOnly:F2} s, SDK + PiiGuard analyzers {sdkPlus:F2} s; PiiGuard adds {sdkPlus - sdkOnly:F2} s ({(sdkPlus - sdkOnly) / binding:F3}x binding), with its generator {(sdkPlus - sdkOnly + generatorTotal) / binding:F3}x");
        }

        Console.WriteLine($"flow engine work: analyzer {AnalyzerWork}; generator {GeneratorWork}");
        Console.WriteLine();
        Console.WriteLine($"real code: binding {binding:F2} s, PiiGuard analyzers {rows.Sum(r => r.M.Analyzers):F2} s ({rows.Sum(r => r.M.Analyzers) / binding:F3}x), generator {rows.Sum(r => r.M.Generator):F2} s ({rows.Sum(r => r.M.Generator) / binding:F3}x), {rows.Sum(r => r.M.Errors.Length)} errors, {rows.Sum(r => r.M.Findings.Length)} findings");
        return 0;
    }

    /// <summary>
    /// One build of one project, each phase on a fresh compilation: the compiler's binding (GetDiagnostics), the
    /// generators (as a build runs them, before binding), then every shipped analyzer and suppressor over the
    /// generator's output, timed by Roslyn's per-analyzer telemetry (which excludes the binding it triggers).
    /// </summary>
    /// <summary>Per-step generator time (seconds), collected when <c>--steps</c> is given.</summary>
    public static Dictionary<string, double>? StepTimes { get; set; }

    /// <summary>The flow engine's work in the generator's flows step and in the flow analyzer, summed over every measured build.</summary>
    public static FlowWork GeneratorWork { get; set; } = new(0, 0, 0, 0, 0);

    public static FlowWork AnalyzerWork { get; set; } = new(0, 0, 0, 0, 0);

    public static async Task<ProjectMeasurement> MeasureAsync(Func<Compilation> create, string projectDirectory, string homeRegion, TimeSpan? limit = null)
    {
        var timedOut = new List<string>();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var compilation = create();
        var watch = Stopwatch.StartNew();
        var compilerDiagnostics = compilation.GetDiagnostics();
        var binding = watch.Elapsed.TotalSeconds;

        var options = GlobalOptionsProvider.ForBuild(projectDirectory, homeRegion, Audit);
        var input = create();

        // In a build the generator runs on the compilation the compiler then binds: resolving its references (the
        // assembly symbols of ~300 reference-pack assemblies) is work the compiler needs anyway, done once. On this
        // fresh compilation, do it before the clock starts so it is not charged to whichever component touches it first.
        _ = input.GetSpecialType(SpecialType.System_Object);
        FlowCounters.Enabled = true;
        FlowWork.Reset();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(Shipped.Generators(), parseOptions: (CSharpParseOptions)input.SyntaxTrees.First().Options, optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: StepTimes is not null));
        watch.Restart();
        Compilation output = input;
        var generatorDiagnostics = ImmutableArray<Diagnostic>.Empty;
        using (var generatorLimit = new CancellationTokenSource(limit ?? Timeout.InfiniteTimeSpan))
        {
            try
            {
                driver = driver.RunGeneratorsAndUpdateCompilation(input, out output, out generatorDiagnostics, generatorLimit.Token);
            }
            catch (OperationCanceledException) when (generatorLimit.IsCancellationRequested)
            {
                timedOut.Add("generator");
            }
        }

        var generator = watch.Elapsed.TotalSeconds;
        GeneratorWork = GeneratorWork.Add(FlowWork.Read());
        FlowWork.Reset();
        if (StepTimes is not null)
        {
            // --steps: where the generator's time goes, per tracked pipeline step, summed over projects.
            foreach (var (name, steps) in driver.GetRunResult().Results.SelectMany(r => r.TrackedSteps))
            {
                StepTimes[name] = StepTimes.GetValueOrDefault(name) + steps.Sum(step => step.ElapsedTime.TotalSeconds);
            }
        }
        var generatedErrors = output.SyntaxTrees.Except(input.SyntaxTrees)
            .Sum(t => output.GetSemanticModel(t).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error));

        var analyzers = Shipped.Analyzers();
        var withAnalyzers = output.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        watch.Restart();
        var analyzerDiagnostics = ImmutableArray<Diagnostic>.Empty;
        using (var analyzerLimit = new CancellationTokenSource(limit ?? Timeout.InfiniteTimeSpan))
        {
            try
            {
                analyzerDiagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(analyzerLimit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (analyzerLimit.IsCancellationRequested)
            {
                timedOut.Add("analyzers");
            }
        }

        var wall = watch.Elapsed.TotalSeconds;
        AnalyzerWork = AnalyzerWork.Add(FlowWork.Read());
        var perAnalyzer = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
            perAnalyzer[analyzer.GetType().Name] = telemetry.ExecutionTime.TotalSeconds;
        }

        double sdkOnlyWall = 0, sdkPlusWall = 0;
        if (WithSdkAnalyzers)
        {
            // What PiiGuard adds to a default build, whose SDK analyzers already ask for the operations of every body: the
            // driver's semantic models are shared by all analyzers, so binding PiiGuard asks for is no longer its own.
            sdkOnlyWall = sdkPlusWall = double.MaxValue;
            for (var round = 0; round < 3; round++)
            {
                sdkOnlyWall = Math.Min(sdkOnlyWall, await WallAsync(output, Harness.NetAnalyzers, options).ConfigureAwait(false));
                sdkPlusWall = Math.Min(sdkPlusWall, await WallAsync(output, Harness.NetAnalyzers.AddRange(Shipped.Analyzers().Where(a => SdkWith is null || SdkWith.Contains(a.GetType().Name, StringComparer.Ordinal))), options).ConfigureAwait(false));
            }
        }

        if (timedOut.Contains("analyzers"))
        {
            // Telemetry of a cancelled run is incomplete: count the wall time up to the cancellation instead.
            perAnalyzer["(cancelled at the time limit)"] = wall - perAnalyzer.Values.Sum();
        }

        return new ProjectMeasurement(
            binding, perAnalyzer.Values.Sum(), wall, generator, perAnalyzer,
            compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray(),
            // The data map (PII0990) is a record for the build, not a finding; an analyzer's exception (AD0001) is shown with them.
            analyzerDiagnostics.Concat(generatorDiagnostics).Where(Harness.IsFinding).ToImmutableArray(),
            generatedErrors, output, timedOut.Count == 0 ? null : string.Join("+", timedOut), sdkOnlyWall, sdkPlusWall);
    }

    /// <summary>With <c>--sdk-analyzers</c>: also time the SDK's analyzers alone and together with PiiGuard's.</summary>
    public static bool WithSdkAnalyzers { get; set; }

    /// <summary>Whether the projects are measured in audit mode (<c>PiiGuardAudit=true</c>; <c>--audit</c>).</summary>
    public static bool Audit { get; set; }

    /// <summary>With <c>--sdk-with A,B</c>: only these of PiiGuard's analyzers (type names) are added to the SDK's.</summary>
    public static string[]? SdkWith { get; set; }

    private static async Task<double> WallAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerConfigOptionsProvider options)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var watch = Stopwatch.StartNew();
        await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Where PiiGuard's analyzer time goes: each file analysed on its own (telemetry before and after), then in the three
    /// slowest files each member declaration on its own. Helper summaries are cached per compilation, so a file or member
    /// that first needs a helper pays for it.
    /// </summary>
    private static async Task<(List<(string, double)> Files, List<(string, double)> Members)> ProfileAsync(Compilation compilation, string projectDirectory, string homeRegion, string root)
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, GlobalOptionsProvider.ForBuild(projectDirectory, homeRegion, Audit));
        var analyzers = Shipped.Analyzers();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        var trees = compilation.SyntaxTrees.Where(t => File.Exists(t.FilePath)).ToList();
        var files = new List<(string, double)>();
        var before = await TotalAsync(withAnalyzers, analyzers).ConfigureAwait(false);
        foreach (var tree in trees)
        {
            await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None).ConfigureAwait(false);
            var after = await TotalAsync(withAnalyzers, analyzers).ConfigureAwait(false);
            files.Add((Path.GetRelativePath(root, tree.FilePath), after - before));
            before = after;
        }

        var members = new List<(string, double)>();
        foreach (var (file, _) in files.OrderByDescending(f => f.Item2).Take(3))
        {
            var tree = trees.Single(t => Path.GetRelativePath(root, t.FilePath) == file);
            var fresh = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
            var model = compilation.GetSemanticModel(tree);
            await fresh.GetAnalyzerSemanticDiagnosticsAsync(model, new TextSpan(0, 0), CancellationToken.None).ConfigureAwait(false);
            var start = await TotalAsync(fresh, analyzers).ConfigureAwait(false);
            foreach (var member in tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Where(m => m is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or FieldDeclarationSyntax))
            {
                await fresh.GetAnalyzerSemanticDiagnosticsAsync(model, member.Span, CancellationToken.None).ConfigureAwait(false);
                var end = await TotalAsync(fresh, analyzers).ConfigureAwait(false);
                var line = tree.GetLineSpan(member.Span).StartLinePosition.Line + 1;
                var name = member switch
                {
                    MethodDeclarationSyntax m => m.Identifier.ValueText,
                    ConstructorDeclarationSyntax c => c.Identifier.ValueText + ".ctor",
                    PropertyDeclarationSyntax p => p.Identifier.ValueText,
                    _ => member.Kind().ToString(),
                };
                members.Add(($"{file}:{line} {name} ({tree.GetLineSpan(member.Span).EndLinePosition.Line - line + 2} lines)", end - start));
                start = end;
            }
        }

        return (files, members);
    }

    private static async Task<double> TotalAsync(CompilationWithAnalyzers withAnalyzers, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var total = 0.0;
        foreach (var analyzer in analyzers)
        {
            total += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime.TotalSeconds;
        }

        return total;
    }

    private static string Row(string name, int files, int lines, double binding, double analyzers, double generator, double wall, ImmutableArray<Diagnostic> errors, ImmutableArray<Diagnostic> findings, int generatedErrors)
    {
        var topErrors = string.Join(", ", errors.GroupBy(e => e.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).Select(g => $"{g.Key} {g.Count()}"));
        var byId = string.Join(", ", findings.GroupBy(f => f.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        var generated = generatedErrors > 0 ? $"; {generatedErrors} in generated code" : string.Empty;
        return $"| {name} | {files} | {lines:N0} | {binding:F2} | {analyzers:F2} ({Ratio(analyzers, binding)}) | {generator:F2} ({Ratio(generator, binding)}) | {wall:F2} | {errors.Length}{(errors.Length > 0 ? $" ({topErrors})" : string.Empty)}{generated} | {(findings.Length == 0 ? "0" : byId)} |";
    }

    private static string Ratio(double value, double binding) => binding > 0 ? (value / binding).ToString("F3", CultureInfo.InvariantCulture) + "x" : "n/a";

    private static CSharpParseOptions ParseOptions(IEnumerable<string> symbols) =>
        new(LanguageVersion.Preview, preprocessorSymbols: symbols.Distinct(StringComparer.Ordinal));

    private static CSharpCompilationOptions CompilationOptions(RealProject project)
    {
        var outputType = project.Property("OutputType");
        var executable = outputType is not null
            ? outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase)
            : project.Sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) || project.Sdk.StartsWith("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase) ||
              project.Sdk.StartsWith("Aspire.AppHost", StringComparison.OrdinalIgnoreCase) || project.Sdk.StartsWith("MSTest", StringComparison.OrdinalIgnoreCase);
        var nullable = project.Property("Nullable")?.ToUpperInvariant() switch
        {
            "ENABLE" or "TRUE" => NullableContextOptions.Enable,
            "WARNINGS" => NullableContextOptions.Warnings,
            "ANNOTATIONS" => NullableContextOptions.Annotations,
            _ => NullableContextOptions.Disable,
        };
        return new CSharpCompilationOptions(
            executable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: nullable,
            allowUnsafe: string.Equals(project.Property("AllowUnsafeBlocks"), "true", StringComparison.OrdinalIgnoreCase),
            concurrentBuild: false);
    }

    private static string GlobalUsings(IEnumerable<GlobalUsing> usings)
    {
        var builder = new StringBuilder("// <auto-generated/>\n");
        foreach (var u in usings)
        {
            builder.Append("global using ").Append(u.Static ? "static " : string.Empty).Append(u.Alias is null ? string.Empty : u.Alias + " = ").Append("global::").Append(u.Namespace).Append(";\n");
        }

        return builder.ToString();
    }

    /// <summary>The measured projects and every project they reference, transitively.</summary>
    private static HashSet<RealProject> Closure(IReadOnlyList<RealProject> all, HashSet<RealProject> measured)
    {
        var byPath = all.ToDictionary(p => p.ProjectPath, StringComparer.Ordinal);
        var result = new HashSet<RealProject>();
        var stack = new Stack<RealProject>(measured);
        while (stack.Count > 0)
        {
            var project = stack.Pop();
            if (!result.Add(project))
            {
                continue;
            }

            foreach (var reference in project.ProjectReferences)
            {
                if (byPath.TryGetValue(reference, out var dependency))
                {
                    stack.Push(dependency);
                }
            }
        }

        return result;
    }

    private static List<string> TransitiveReferences(RealProject project, IReadOnlyCollection<RealProject> all)
    {
        var byPath = all.ToDictionary(p => p.ProjectPath, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        var stack = new Stack<string>(project.ProjectReferences);
        while (stack.Count > 0)
        {
            var path = stack.Pop();
            if (!seen.Add(path))
            {
                continue;
            }

            result.Add(path);
            if (byPath.TryGetValue(path, out var dependency))
            {
                foreach (var further in dependency.ProjectReferences)
                {
                    stack.Push(further);
                }
            }
        }

        return result;
    }

    private static string? Value(IReadOnlyList<string> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == name)
            {
                return i + 1 < arguments.Count && !arguments[i + 1].StartsWith("--", StringComparison.Ordinal)
                    ? arguments[i + 1]
                    : throw new UsageException($"{name} needs a value");
            }
        }

        return null;
    }

}

/// <summary>A bad option or value on the bench's command line: reported in one line, without a stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);
