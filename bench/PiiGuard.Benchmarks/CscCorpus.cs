using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace PiiGuard.Benchmarks;

/// <summary>
/// The synthetic corpus built by the SDK's own command-line compiler, the way <c>dotnet build</c> runs it: one
/// <c>csc</c> process, analyzers attached to the compilation and running while it compiles (the in-process ladder
/// analyses first and emits after), and — what the ladder cannot show — the compiler choosing which analyzers run from
/// whether it writes an error log (without one it skips analyzers whose diagnostics are all Info or Hidden). Each
/// response file carries what the SDK passes a plain <c>net10.0</c> class library (reference pack, the default analysis
/// level's configuration, NetAnalyzers and the targeting pack's generators, a reference assembly); the PiiGuard ones add
/// the package's analyzer assembly and the build properties its targets pass (the map file, and counting discovery's
/// suggestions when there is no error log).
/// </summary>
internal static partial class CscCorpus
{
    /// <summary>A response file: with PiiGuard or not, with an error log or not.</summary>
    private sealed record Variant(string Name, bool PiiGuard, bool ErrorLog, string Label);

    private static readonly Variant[] Variants =
    {
        new("default", false, false, "SDK default"),
        new("default-log", false, true, "SDK default with an error log"),
        new("piiguard", true, false, "+ PiiGuard as its targets run it (map file, no error log)"),
        new("piiguard-log", true, true, "+ PiiGuard in a build with a user's error log"),
    };

    /// <summary>Writes the corpus and one response file per variant; with <paramref name="nothingMarked"/> every
    /// <c>[Pii…]</c> attribute is removed, so nothing is declared.</summary>
    public static string Write(string folder, int lines, int seed, bool nothingMarked)
    {
        var corpus = CorpusGenerator.Generate(lines, seed);
        folder = Path.GetFullPath(folder);
        var sources = Path.Combine(folder, "src");
        var marker = Path.Combine(folder, "piiguard.globalconfig");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !File.Exists(marker))
        {
            // Never delete or overwrite a folder this mode did not write.
            throw new IOException("the folder exists, is not empty and was not written by --csc; give a new or empty folder");
        }

        if (Directory.Exists(sources))
        {
            Directory.Delete(sources, recursive: true);
        }

        foreach (var (path, text) in corpus.Files)
        {
            var file = Path.Combine(sources, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, nothingMarked ? PiiAttribute().Replace(text, string.Empty) : text);
        }

        var sdk = Shipped.NewestVersion(Path.Combine(Shipped.DotnetRoot, "sdk"));
        var refPack = Shipped.NewestVersion(Path.Combine(Shipped.DotnetRoot, "packs", "Microsoft.NETCore.App.Ref"));
        var analyzersFolder = Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers");

        var common = new StringBuilder();
        common.AppendLine("/noconfig /nostdlib+ /target:library /nullable:enable /langversion:14.0 /warn:10 /debug+ /debug:portable /optimize- /deterministic+ /utf8output");
        foreach (var reference in Directory.GetFiles(Path.Combine(refPack, "ref", "net10.0"), "*.dll").Order(StringComparer.Ordinal))
        {
            common.AppendLine(CultureInfo.InvariantCulture, $"/reference:\"{reference}\"");
        }

        common.AppendLine(CultureInfo.InvariantCulture, $"/reference:\"{typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location}\"");
        common.AppendLine(CultureInfo.InvariantCulture, $"/reference:\"{typeof(PiiAttribute).Assembly.Location}\"");
        common.AppendLine(CultureInfo.InvariantCulture, $"/analyzerconfig:\"{Path.Combine(analyzersFolder, "build", "config", "analysislevel_10_default.globalconfig")}\"");
        common.AppendLine(CultureInfo.InvariantCulture, $"/analyzer:\"{Path.Combine(analyzersFolder, "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll")}\"");
        common.AppendLine(CultureInfo.InvariantCulture, $"/analyzer:\"{Path.Combine(analyzersFolder, "Microsoft.CodeAnalysis.NetAnalyzers.dll")}\"");
        foreach (var generator in Directory.GetFiles(Path.Combine(refPack, "analyzers", "dotnet", "cs"), "*.dll").Order(StringComparer.Ordinal))
        {
            common.AppendLine(CultureInfo.InvariantCulture, $"/analyzer:\"{generator}\"");
        }

        foreach (var (path, _) in corpus.Files)
        {
            common.AppendLine(CultureInfo.InvariantCulture, $"\"{Path.Combine(sources, path)}\"");
        }

        // The properties PiiGuard's props make visible to the compiler, as a build of this folder would pass them.
        File.WriteAllText(Path.Combine(folder, "piiguard.globalconfig"), string.Join('\n',
            "is_global = true",
            $"build_property.MSBuildProjectDirectory = {folder}",
            string.Empty));

        foreach (var variant in Variants)
        {
            var rsp = new StringBuilder(common.ToString());
            var output = Path.Combine(folder, "obj", variant.Name);
            Directory.CreateDirectory(Path.Combine(output, "ref"));
            rsp.AppendLine(CultureInfo.InvariantCulture, $"/out:\"{Path.Combine(output, "Corpus.dll")}\" /refout:\"{Path.Combine(output, "ref", "Corpus.dll")}\"");
            if (variant.PiiGuard)
            {
                rsp.AppendLine(CultureInfo.InvariantCulture, $"/analyzer:\"{typeof(PiiGuard.Analyzers.Flow.PiiFlowAnalyzer).Assembly.Location}\"");
                rsp.AppendLine(CultureInfo.InvariantCulture, $"/analyzerconfig:\"{Path.Combine(folder, "piiguard.globalconfig")}\"");

                // What build/PiiGuard.targets sets: the map file in the intermediate folder, and (no log) the suggestion count.
                var own = Path.Combine(folder, variant.Name + ".map.globalconfig");
                File.WriteAllText(own, string.Join('\n',
                    "is_global = true",
                    $"build_property._PiiGuardMapFile = {Path.Combine(output, "piiguard.map")}",
                    $"build_property._PiiGuardCountSuggestions = {(variant.ErrorLog ? string.Empty : "true")}",
                    string.Empty));
                rsp.AppendLine(CultureInfo.InvariantCulture, $"/analyzerconfig:\"{own}\"");
            }

            if (variant.ErrorLog)
            {
                rsp.AppendLine(CultureInfo.InvariantCulture, $"/errorlog:\"{Path.Combine(output, "errors.sarif")},version=2.1\"");
            }

            File.WriteAllText(Path.Combine(folder, variant.Name + ".rsp"), rsp.ToString());
        }

        Console.WriteLine($"corpus: {corpus.Lines} lines in {corpus.Files.Count} files{(nothingMarked ? ", nothing marked" : string.Empty)}, {sources}");
        return Path.Combine(sdk, "Roslyn", "bincore", "csc.dll");
    }

    /// <summary>
    /// <c>--csc &lt;folder&gt; &lt;lines&gt; [--nothing-marked] [--pairs N]</c>: writes the corpus, then builds it with
    /// <c>csc</c> in whole child processes, each pair in turn, and prints wall, CPU and peak ratios pair by pair
    /// (medians, with min–max). <c>--pairs 0</c> only writes the files and prints the commands.
    /// </summary>
    public static int Run(IReadOnlyList<string> arguments, int seed)
    {
        var pairsIndex = arguments.ToList().IndexOf("--pairs");
        var pairs = 3;
        var pairsValid = pairsIndex < 0 || (pairsIndex + 1 < arguments.Count && int.TryParse(arguments[pairsIndex + 1], NumberStyles.None, CultureInfo.InvariantCulture, out pairs));
        if (arguments.Count < 3 || !int.TryParse(arguments[2], NumberStyles.None, CultureInfo.InvariantCulture, out var lines) || lines <= 0 || !pairsValid)
        {
            Console.Error.WriteLine("usage: --csc <folder> <lines> [--nothing-marked] [--pairs N]");
            return 2;
        }

        string csc;
        try
        {
            csc = Write(arguments[1], lines, seed, arguments.Contains("--nothing-marked"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"--csc: cannot write the corpus to '{arguments[1]}': {e.Message}");
            return 2;
        }

        var folder = Path.GetFullPath(arguments[1]);
        string[] Command(Variant v) => new[] { "dotnet", "exec", csc, "@" + Path.Combine(folder, v.Name + ".rsp") };
        if (pairs == 0)
        {
            foreach (var variant in Variants)
            {
                Console.WriteLine($"{variant.Name}: {string.Join(' ', Command(variant).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a))}");
            }

            return 0;
        }

        if (!OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("--csc measures child processes with getrusage and runs on Linux only; use --pairs 0 and time the printed commands.");
            return 2;
        }

        var comparisons = new (Variant A, Variant B)[]
        {
            (Variants[2], Variants[0]), // what adding the package costs a build
            (Variants[3], Variants[1]), // what it costs a build that writes an error log anyway
            (Variants[3], Variants[0]), // a user's error log with PiiGuard, against the plain SDK build
        };

        Console.WriteLine($"## The SDK's csc, whole processes, {pairs} pair(s) per line (A and B in turn; ratios pair by pair: median (min–max))");
        Console.WriteLine("| A / B | wall | cpu | peak | A: wall s, peak MiB (medians) | B: wall s, peak MiB (medians) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (a, b) in comparisons)
        {
            var samples = new List<(ChildRun A, ChildRun B)>();
            for (var i = 0; i < pairs; i++)
            {
                var runA = RunChild(Command(a));
                var runB = RunChild(Command(b));
                if (runA.ExitCode != 0 || runB.ExitCode != 0)
                {
                    Console.Error.WriteLine($"csc failed: {a.Name} exit {runA.ExitCode}, {b.Name} exit {runB.ExitCode}");
                    return 1;
                }

                samples.Add((runA, runB));
            }

            static string Ratio(IEnumerable<double> values)
            {
                var sorted = values.Order().ToList();
                return string.Create(CultureInfo.InvariantCulture, $"{Stats.Median(sorted):F3} ({sorted[0]:F3}–{sorted[^1]:F3})");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {a.Label} / {b.Label} | {Ratio(samples.Select(s => s.A.Wall / s.B.Wall))} | {Ratio(samples.Select(s => s.A.Cpu / s.B.Cpu))} | {Ratio(samples.Select(s => s.A.PeakMiB / s.B.PeakMiB))} | {Stats.Median(samples.Select(s => s.A.Wall)):F1}, {Stats.Median(samples.Select(s => s.A.PeakMiB)):F0} | {Stats.Median(samples.Select(s => s.B.Wall)):F1}, {Stats.Median(samples.Select(s => s.B.PeakMiB)):F0} |"));
        }

        return 0;
    }

    /// <summary>One finished child: wall seconds, user + system seconds, peak resident set.</summary>
    private sealed record ChildRun(int ExitCode, double Wall, double Cpu, double PeakMiB);

    /// <summary>
    /// Runs a command in a fresh child of this process and reads the child's own accounting. The benchmark starts
    /// itself as an intermediate (<c>--csc-child</c>) so that <c>getrusage(RUSAGE_CHILDREN)</c> there covers exactly
    /// one compiler process.
    /// </summary>
    private static ChildRun RunChild(IEnumerable<string> command)
    {
        using var child = Process.Start(Harness.StartSelf(command.Prepend("--csc-child")))!;
        var last = child.StandardOutput.ReadToEnd().Trim().Split('\n')[^1].Split(' ');
        child.WaitForExit();
        return new ChildRun(int.Parse(last[0], CultureInfo.InvariantCulture), double.Parse(last[1], CultureInfo.InvariantCulture),
            double.Parse(last[2], CultureInfo.InvariantCulture), double.Parse(last[3], CultureInfo.InvariantCulture));
    }

    /// <summary><c>--csc-child &lt;program&gt; [arguments…]</c>: runs the command (its output discarded) and prints
    /// <c>exit wall cpu peakMiB</c> from this process's accounting of its one child.</summary>
    public static int Child(IReadOnlyList<string> command)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        watch.Stop();
        if (getrusage(-1, out var usage) != 0)
        {
            Console.Error.WriteLine("getrusage failed");
            return 1;
        }

        var cpu = usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{process.ExitCode} {watch.Elapsed.TotalSeconds:F3} {cpu:F3} {usage.MaxResidentKilobytes / 1024.0:F1}"));
        return 0;
    }

    [GeneratedRegex(@"\[(assembly: *|property: *)?Pii[A-Za-z]*(\([^]]*\))?\] *")]
    private static partial Regex PiiAttribute();

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentKilobytes;
        public long Ixrss;
        public long Idrss;
        public long Isrss;
        public long Minflt;
        public long Majflt;
        public long Nswap;
        public long Inblock;
        public long Oublock;
        public long Msgsnd;
        public long Msgrcv;
        public long Nsignals;
        public long Nvcsw;
        public long Nivcsw;
    }

#pragma warning disable SYSLIB1054, CA5392 // a benchmark-only call into libc
    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);
#pragma warning restore SYSLIB1054, CA5392
}
