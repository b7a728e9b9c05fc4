using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Benchmarks;

// PiiGuard's cost, measured as ratios within one run on this machine (docs/performance.md).
//   dotnet run -c Release --project bench/PiiGuard.Benchmarks -- --quick              (10k lines, < 2 minutes)
//   dotnet run -c Release --project bench/PiiGuard.Benchmarks -- --lines 100000 --repeat 10 [--memory-repeat N]
//   dotnet run -c Release --project bench/PiiGuard.Benchmarks -- --real <folder> [--annotations <file>] [--repeat N] [--projects A,B] [--tests] [--profile] [--steps] [--all-findings] [--suggestions] [--relevance] [--sdk-analyzers [--sdk-with A,B]] [--audit] [--limit S]
//     (--audit: the projects built with PiiGuardAudit=true; --limit: a project's analyzers and generator cancelled after S seconds, the row marked; --sdk-analyzers: also the wall time PiiGuard's analyzers add to the SDK's own; --sdk-with: only these of them, by type name)
//   The benchmark runs with server GC, as the compiler does; DOTNET_TieredCompilation=0 gives the steadier figures of a warm compiler server.
//     (--relevance: no timing; per project, how many code blocks the relevance filter selects, the names that select them, and its cost)
//   dotnet run -c Release --project bench/PiiGuard.Benchmarks -- --shapes [--repeat N]
//   dotnet run -c Release --project bench/PiiGuard.Benchmarks -- --profile-editor <lines>   (only the flow analyzer's per-file loop, for a profiler)
//   dotnet run -c Release --project bench/PiiGuard.Benchmarks -- --profile-generator <lines> (only the generator after unrelated edits, for a profiler)
//   dotnet run -c Release --project bench/PiiGuard.Benchmarks -- --profile-build <lines>     (only full builds with PiiGuard, for a profiler)
//   dotnet <bench dll> --csc <folder> <lines> [--nothing-marked] [--pairs N]   (the corpus built by the SDK's csc in whole
//     child processes: + PiiGuard against the SDK default build, each with and without an error log; wall, cpu and peak
//     ratios pair by pair; --pairs 0 only writes the corpus and response files and prints the commands)
//   PIIGUARD_BENCH_RETAINED=1 dotnet <bench dll> --memory-child "+ PiiGuard" <lines>      (one build; prints allocated, peak working set
//     and the bytes still live after analysis, the compilation and the analyzers' state reachable; PIIGUARD_BENCH_PAUSE=<s>
//     then waits that long with its pid on stderr, for dotnet-gcdump)
const int Seed = 424242;
var arguments = args.ToList();
if (arguments.Count >= 3 && arguments[0] == "--memory-child")
{
    // Child process: one build of one configuration, then report allocations and peak working set.
    var childCorpus = CorpusGenerator.Generate(int.Parse(arguments[2], CultureInfo.InvariantCulture), Seed);
    var childConfiguration = Harness.Ladder.Single(c => c.Name == arguments[1]);
    Harness.Build(childCorpus, childConfiguration);
    Console.WriteLine($"{GC.GetTotalAllocatedBytes(precise: true)} {Process.GetCurrentProcess().PeakWorkingSet64} {Harness.Retained}");
    return 0;
}

if (arguments.Count >= 1 && arguments[0] == "--csc")
{
    // The corpus built by the SDK's csc in whole child processes, with and without PiiGuard and an error log.
    return CscCorpus.Run(arguments, Seed);
}

if (arguments.Count >= 2 && arguments[0] == "--csc-child")
{
    return CscCorpus.Child(arguments.Skip(1).ToList());
}

if (arguments.Contains("--real"))
{
    try
    {
        return await RealCode.RunAsync(arguments);
    }
    catch (UsageException e)
    {
        // A bad option or value: say which, without a stack trace.
        Console.Error.WriteLine("bench: " + e.Message);
        return 2;
    }
}

if (arguments.Contains("--shapes"))
{
    return await Shapes.RunAsync(arguments);
}

if (arguments.Contains("--profile-editor"))
{
    var pc = CorpusGenerator.Generate(int.Parse(arguments[arguments.IndexOf("--profile-editor") + 1], CultureInfo.InvariantCulture), Seed);
    var pcomp = Harness.Compile(pc.Files);
    var flow = Harness.PiiGuardAnalyzers().Where(a => a.GetType().Name == "PiiFlowAnalyzer").ToImmutableArray();
    var pw = pcomp.WithAnalyzers(flow, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new BuildOptions(designTime: true)), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
    var ps = pcomp.SyntaxTrees.Where(t => t.FilePath.Contains("Service", StringComparison.Ordinal)).ToList();
    await pw.GetAnalyzerSemanticDiagnosticsAsync(pcomp.GetSemanticModel(ps[0]), null, CancellationToken.None);
    var sw = Stopwatch.StartNew();
    foreach (var tree in ps.Take(150))
    {
        await pw.GetAnalyzerSemanticDiagnosticsAsync(pcomp.GetSemanticModel(tree), null, CancellationToken.None);
    }
    Console.WriteLine($"profile-editor: {sw.Elapsed.TotalMilliseconds / Math.Min(150, ps.Count):F1} ms per file");
    return 0;
}

if (arguments.Contains("--profile-build"))
{
    // Only full builds with PiiGuard (after one warm-up), for a profiler.
    var bc = CorpusGenerator.Generate(int.Parse(arguments[arguments.IndexOf("--profile-build") + 1], CultureInfo.InvariantCulture), Seed);
    Harness.Build(bc, Harness.WithPiiGuard);
    var bw = Stopwatch.StartNew();
    for (var i = 0; i < 2; i++)
    {
        Harness.Build(bc, Harness.WithPiiGuard);
    }

    Console.WriteLine($"profile-build: {bw.Elapsed.TotalMilliseconds / 2:F0} ms per build");
    return 0;
}

if (arguments.Contains("--profile-generator"))
{
    var gc = CorpusGenerator.Generate(int.Parse(arguments[arguments.IndexOf("--profile-generator") + 1], CultureInfo.InvariantCulture), Seed);
    var gcomp = Harness.Compile(gc.Files);
    GeneratorDriver gd = CSharpGeneratorDriver.Create(
        new[] { new InventoryGenerator().AsSourceGenerator() }, parseOptions: Harness.ParseOptions, optionsProvider: new BuildOptions(designTime: true),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.Implementation, trackIncrementalGeneratorSteps: true));
    gd = gd.RunGenerators(gcomp);
    var st = gcomp.SyntaxTrees.Where(t => t.FilePath.Contains("Service", StringComparison.Ordinal)).Skip(1).First();
    var gw = Stopwatch.StartNew();
    for (var i = 0; i < 30; i++)
    {
        var text = st.GetText();
        var edited = arguments.Contains("--new-model")
            ? gcomp.AddSyntaxTrees(CSharpSyntaxTree.ParseText($"namespace Corpus.New{i}; public sealed class Extra{i} {{ [PiiGuard.Pii(PiiGuard.Category.Contact, Purpose = PiiGuard.Purpose.Account)] public string Mail {{ get; set; }} = \"\"; }}", Harness.ParseOptions, path: $"/corpus/New{i}.cs"))
            : gcomp.ReplaceSyntaxTree(st, st.WithChangedText(text.Replace(text.ToString().IndexOf("var total = 0m;", StringComparison.Ordinal), "var total = 0m;".Length, $"var total = {i}m;")));
        gd.RunGenerators(edited);
    }
    Console.WriteLine($"profile-generator: {gw.Elapsed.TotalMilliseconds / 30:F1} ms per edit");
    return 0;
}

var quick = arguments.Contains("--quick");
var lines = Option("--lines", quick ? 10_000 : 100_000);
var repeat = Option("--repeat", quick ? 5 : 10);
var ladder = quick ? new[] { Harness.Default, Harness.Null, Harness.WithPiiGuard } : Harness.Ladder;
var editorOnly = arguments.Contains("--editor-only");
if (editorOnly)
{
    ladder = new[] { Harness.Default, Harness.WithPiiGuard };
    repeat = 1;
}

var corpus = CorpusGenerator.Generate(lines, Seed);
Console.WriteLine($"corpus: {corpus.Files.Count} files, {corpus.Lines} lines, {corpus.Expected.Count} planted findings (seed {Seed})");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation()}");

// ---------------------------------------------------------------- findings: speed must not come from missing flows
var (_, diagnostics) = Harness.Build(corpus, Harness.WithPiiGuard);
var found = Harness.Found(diagnostics);
var hits = corpus.Expected.Count(found.Contains);
var extra = found.Except(corpus.Expected).ToList();
Console.WriteLine($"findings: {hits}/{corpus.Expected.Count} expected found, {extra.Count} unexpected");
foreach (var missing in corpus.Expected.Except(found).Take(5))
{
    Console.WriteLine($"  missing: {missing}");
}

foreach (var unexpected in extra.Take(5))
{
    Console.WriteLine($"  unexpected: {unexpected}");
}

// ---------------------------------------------------------------- the ladder, interleaved
foreach (var configuration in ladder)
{
    Harness.Build(corpus, configuration); // warm-up: JIT, analyzer loading
}

var times = ladder.ToDictionary(c => c, _ => new List<double>());
for (var run = 0; run < repeat; run++)
{
    foreach (var configuration in ladder)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        times[configuration].Add(Harness.Build(corpus, configuration).Elapsed.TotalMilliseconds);
    }
}

var baseline = Median(times[Harness.Default]);
Console.WriteLine();
Console.WriteLine($"## Full build, {corpus.Lines} lines, {repeat} interleaved runs");
Console.WriteLine("| Configuration | Median (ms) | Min–max (ms) | vs default analyzers |");
Console.WriteLine("|---|---|---|---|");
foreach (var configuration in ladder)
{
    var t = times[configuration];
    Console.WriteLine($"| {configuration.Name} | {Median(t):F0} | {t.Min():F0}–{t.Max():F0} | {Median(t) / baseline:F3}x |");
}

var piiGuardOverhead = Median(times[Harness.WithPiiGuard]) - baseline;
if (times.TryGetValue(Harness.Null, out var nullTimes))
{
    var nullOverhead = Median(nullTimes) - baseline;
    Console.WriteLine($"PiiGuard overhead {piiGuardOverhead:F0} ms; null-analyzer overhead {nullOverhead:F0} ms; ratio {(nullOverhead > 0 ? (piiGuardOverhead / nullOverhead).ToString("F1", CultureInfo.InvariantCulture) : "n/a (floor below noise)")}");
}
if (times.TryGetValue(Harness.Taint, out var taintTimes))
{
    Console.WriteLine($"PiiGuard vs CA2000/CA3001: {Median(times[Harness.WithPiiGuard]) / Median(taintTimes):F3}x");
}

// ---------------------------------------------------------------- editor-shaped measurements
Console.WriteLine();
Console.WriteLine("## Editor");
var compilation = Harness.Compile(corpus.Files);
var analyzers = Harness.PiiGuardAnalyzers();
var services = compilation.SyntaxTrees.Where(t => t.FilePath.Contains("Service", StringComparison.Ordinal)).ToList();

// One request per file, as an editor asks: Roslyn analyses each request on a fresh copy of the compilation, so the
// compilation start runs again and the file's bodies are bound again. An analyzer with one empty operation-block action
// pays the binding alone: that is the floor, and PiiGuard's own cost is what it adds above it.
async Task<List<double>> PerFile(ImmutableArray<DiagnosticAnalyzer> set)
{
    var analysis = compilation.WithAnalyzers(set, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new BuildOptions(designTime: true)), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
    await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(services[0]), null, CancellationToken.None);
    var result = new List<double>();
    foreach (var tree in services.Take(quick ? 50 : 200))
    {
        var model = compilation.GetSemanticModel(tree);
        var watch = Stopwatch.StartNew();
        await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None);
        result.Add(watch.Elapsed.TotalMilliseconds);
    }

    return result;
}

var floor = await PerFile(ImmutableArray.Create<DiagnosticAnalyzer>(new NullAnalyzer()));
var perFile = await PerFile(analyzers);
Console.WriteLine($"per-file analysis ({perFile.Count} service files of ~200 lines): median {Median(perFile):F1} ms, p95 {Percentile(perFile, 0.95):F1} ms, max {perFile.Max():F1} ms");
Console.WriteLine($"  floor (one empty operation-block action: Roslyn binds the file): median {Median(floor):F1} ms, p95 {Percentile(floor, 0.95):F1} ms");
var above = perFile.Zip(floor, (p, f) => p - f).ToList();
Console.WriteLine($"  PiiGuard above the floor, file by file: median {Median(above):F1} ms, p95 {Percentile(above, 0.95):F1} ms");
foreach (var analyzer in analyzers)
{
    var alone = await PerFile(ImmutableArray.Create(analyzer));
    Console.WriteLine($"  {analyzer.GetType().Name} alone: median {Median(alone):F1} ms, p95 {Percentile(alone, 0.95):F1} ms");
}

var longMethod = CorpusGenerator.LongMethod(3000);
var longCompilation = Harness.Compile(corpus.Files.Take(3).Append(longMethod));
var longTree = longCompilation.SyntaxTrees.Last();
var longTimes = new List<double>();
for (var i = 0; i < 5; i++)
{
    var fresh = longCompilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new BuildOptions(designTime: true)), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
    var watch = Stopwatch.StartNew();
    var longDiagnostics = await fresh.GetAnalyzerSemanticDiagnosticsAsync(longCompilation.GetSemanticModel(longTree), null, CancellationToken.None);
    longTimes.Add(watch.Elapsed.TotalMilliseconds);
    if (i == 0)
    {
        Console.WriteLine($"3,000-line method: {longDiagnostics.Count(d => d.Id.StartsWith("PII", StringComparison.Ordinal))} findings");
    }
}

Console.WriteLine($"3,000-line method ({longMethod.Text.Count(c => c == '\n')} lines): median {Median(longTimes):F0} ms over {longTimes.Count} runs (first includes compilation start)");

// Generator, as the IDE runs it: implementation outputs (the data map, and with it the flows walk) are skipped by
// hosts that only need semantics. PIIGUARD_BENCH_IDE_OUTPUTS=all measures with them, as a command-line build runs.
var generatorTimes = new Dictionary<string, (List<double> Times, int NotCached)>();
var disabledOutputs = Environment.GetEnvironmentVariable("PIIGUARD_BENCH_IDE_OUTPUTS") == "all" ? IncrementalGeneratorOutputKind.None : IncrementalGeneratorOutputKind.Implementation;
Console.WriteLine($"generator outputs disabled: {disabledOutputs}");
GeneratorDriver driver = CSharpGeneratorDriver.Create(
    new[] { new InventoryGenerator().AsSourceGenerator() }, parseOptions: Harness.ParseOptions, optionsProvider: new BuildOptions(designTime: true),
    driverOptions: new GeneratorDriverOptions(disabledOutputs, trackIncrementalGeneratorSteps: true));
driver = driver.RunGenerators(compilation);
var serviceTree = services[1];
var modelTree = compilation.SyntaxTrees.First(t => t.FilePath.Contains("Models", StringComparison.Ordinal));
var edits = new (string Name, Func<int, Compilation> Edit)[]
{
    ("(a) no edit", _ => compilation),
    ("(b) edit to an unrelated method body", i => compilation.ReplaceSyntaxTree(serviceTree, serviceTree.WithChangedText(serviceTree.GetText().Replace(serviceTree.GetText().ToString().IndexOf("var total = 0m;", StringComparison.Ordinal), "var total = 0m;".Length, $"var total = {i}m;")))),
    ("(c) edit to a [Pii] declaration (a new one each time)", i => compilation.ReplaceSyntaxTree(modelTree, modelTree.WithChangedText(modelTree.GetText().Replace(modelTree.GetText().ToString().IndexOf("Purpose.FraudPrevention", StringComparison.Ordinal), "Purpose.FraudPrevention".Length, $"Purpose.Security, Description = \"edit {i}\"")))),
    ("(d) a new model file", i => compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText($"namespace Corpus.New{i}; public sealed class Extra{i} {{ [PiiGuard.Pii(PiiGuard.Category.Contact, Purpose = PiiGuard.Purpose.Account)] public string Mail {{ get; set; }} = \"\"; }}", Harness.ParseOptions, path: $"/corpus/New{i}.cs"))),
};
foreach (var (name, edit) in edits)
{
    var runTimes = new List<double>();
    var notCached = 0;
    for (var i = 0; i < 7; i++)
    {
        var edited = edit(i);
        var settled = driver.RunGenerators(compilation); // back to the baseline state before each measured edit
        var watch = Stopwatch.StartNew();
        var after = settled.RunGenerators(edited);
        runTimes.Add(watch.Elapsed.TotalMilliseconds);
        if (i == 0)
        {
            notCached = after.GetRunResult().Results.Single().TrackedSteps
                .Where(s => TrackingNamesProbe.Names.Contains(s.Key))
                .SelectMany(s => s.Value).SelectMany(s => s.Outputs)
                .Count(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }

        driver = settled;
    }

    generatorTimes[name] = (runTimes, notCached);
    Console.WriteLine($"generator {name}: median {Median(runTimes):F1} ms, tracked step outputs not cached/unchanged: {notCached}");
}

// ---------------------------------------------------------------- memory, one child process per build, interleaved
// One build's peak working set moves by a tenth or more from run to run (when the collector happens to run): each
// configuration is built in --memory-repeat child processes, in turn, and the medians are compared.
var memoryRepeat = Option("--memory-repeat", 3);
if (memoryRepeat <= 0)
{
    Console.WriteLine();
    Console.WriteLine("## Memory: not measured (--memory-repeat 0)");
}
else
{
    Console.WriteLine();
    Console.WriteLine($"## Memory (one build per child process, median of {memoryRepeat} interleaved)");
    Console.WriteLine("| Configuration | Allocated (MB) | Peak working set (MB) | Peak, min–max (MB) |");
    Console.WriteLine("|---|---|---|---|");
    var samples = ladder.ToDictionary(c => c, _ => new List<(double Allocated, double Peak)>());
    for (var round = 0; round < memoryRepeat; round++)
    {
        foreach (var configuration in ladder)
        {
            using var child = Process.Start(Harness.StartSelf(new[] { "--memory-child", configuration.Name, lines.ToString(CultureInfo.InvariantCulture) }))!;
            var line = child.StandardOutput.ReadToEnd().Trim().Split('\n').Last().Split(' ');
            child.WaitForExit();
            samples[configuration].Add((double.Parse(line[0], CultureInfo.InvariantCulture) / 1048576, double.Parse(line[1], CultureInfo.InvariantCulture) / 1048576));
        }
    }

    var memory = new Dictionary<Configuration, (double Allocated, double Peak)>();
    foreach (var configuration in ladder)
    {
        var peaks = samples[configuration].Select(s => s.Peak).ToList();
        memory[configuration] = (Median(samples[configuration].Select(s => s.Allocated).ToList()), Median(peaks));
        Console.WriteLine($"| {configuration.Name} | {memory[configuration].Allocated:F0} | {memory[configuration].Peak:F0} | {peaks.Min():F0}–{peaks.Max():F0} |");
    }

    Console.WriteLine($"peak working set: PiiGuard {memory[Harness.WithPiiGuard].Peak / memory[Harness.Default].Peak:F3}x the default-analyzer build");
}
Console.WriteLine();
Console.WriteLine($"piiguard overhead: {Median(times[Harness.WithPiiGuard]) / baseline:F3}x vs default analyzers at {corpus.Lines} lines; findings {hits}/{corpus.Expected.Count}");
return 0;

int Option(string name, int fallback)
{
    var index = arguments.IndexOf(name);
    if (index < 0)
    {
        return fallback;
    }

    if (index + 1 < arguments.Count && int.TryParse(arguments[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
    {
        return value;
    }

    Console.Error.WriteLine($"error: {name} needs a whole number, e.g. {name} {fallback}");
    Environment.Exit(2);
    return fallback;
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double p)
{
    var sorted = values.OrderBy(v => v).ToList();
    var rank = p * (sorted.Count - 1);
    var low = (int)Math.Floor(rank);
    var high = (int)Math.Ceiling(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

static string RuntimeInformation() => $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}";

/// <summary>The generator's own tracking names (Roslyn's internal steps are not counted).</summary>
internal static class TrackingNamesProbe
{
    public static readonly HashSet<string> Names = typeof(InventoryGenerator).Assembly.GetType("PiiGuard.Analyzers.Inventory.TrackingNames")!
        .GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
}
