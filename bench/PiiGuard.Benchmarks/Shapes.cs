using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PiiGuard.Benchmarks;

/// <summary>
/// <c>--shapes</c>: call graphs that are hard for an interprocedural engine, generated in memory and added to the same
/// base app (the seeded corpus at 2,000 lines). For each shape: what it adds to PiiGuard's analyzer and generator time
/// compared with the base alone, and whether the leak at the end of the chain is reported.
/// </summary>
internal static class Shapes
{
    private const string Prefix = "/shape/";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var index = arguments.ToList().IndexOf("--repeat");
        var repeat = index >= 0 && index + 1 < arguments.Count ? int.Parse(arguments[index + 1], CultureInfo.InvariantCulture) : 3;
        var limitIndex = arguments.ToList().IndexOf("--limit");
        var limit = TimeSpan.FromSeconds(limitIndex >= 0 && limitIndex + 1 < arguments.Count ? int.Parse(arguments[limitIndex + 1], CultureInfo.InvariantCulture) : 60);
        var parseOptions = Harness.ParseOptions;
        var baseTrees = CorpusGenerator.Generate(2000, 424242).Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, path: "/corpus/" + f.Path)).ToImmutableArray();
        var shapes = new (string Name, string Description, IReadOnlyList<(string Path, string Text)> Files)[]
        {
            ("fan-out 12x10", "12 one-line helpers, each calling the next ten (growth series)", new[] { FanOut(12, 10) }),
            ("fan-out 16x10", "16 one-line helpers, each calling the next ten (growth series)", new[] { FanOut(16, 10) }),
            ("fan-out 20x10", "20 one-line helpers, each calling the next ten (growth series)", new[] { FanOut(20, 10) }),
            ("fan-out 24x10", "24 one-line helpers, each calling the next ten (growth series)", new[] { FanOut(24, 10) }),
            ("fan-out 100x10", "100 one-line helpers, each calling the next ten, one file", new[] { FanOut(100, 10) }),
            ("fan-out 400x10", "400 one-line helpers, each calling the next ten, one file", new[] { FanOut(400, 10) }),
            ("layers 8x100x4", "8 layers x 100 methods, each calling 4 methods of the next layer, one file per layer", Layers(8, 100, 4)),
        };

        Console.WriteLine($"shapes: added to the seeded corpus at 2,000 lines ({baseTrees.Length} files); references: runtime + Microsoft.Extensions.Logging.Abstractions + PiiGuard.dll; {repeat} interleaved runs, medians; analyzers and generator each cancelled after {limit.TotalSeconds:F0} s");
        Console.WriteLine($"piiguard: {Shipped.Describe()}");
        CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create("Shapes", trees, Harness.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        await RealCode.MeasureAsync(() => Compile(baseTrees), "/corpus", "EU"); // warm-up

        Console.WriteLine();
        Console.WriteLine("| Shape | Lines | Added binding (ms) | Added analyzers (ms) | Added generator (ms) | Added PiiGuard / added binding | Leak at the end reported |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var shape in shapes)
        {
            var shapeTrees = shape.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, path: Prefix + f.Path)).ToList();
            var withShape = baseTrees.AddRange(shapeTrees);
            var without = new List<ProjectMeasurement>();
            var with = new List<ProjectMeasurement>();
            for (var i = 0; i < repeat; i++)
            {
                without.Add(await RealCode.MeasureAsync(() => Compile(baseTrees), "/corpus", "EU"));
                with.Add(await RealCode.MeasureAsync(() => Compile(withShape), "/corpus", "EU", limit));
                if (with[^1].TimedOut is not null)
                {
                    break; // one run at the limit says enough
                }
            }

            double Added(Func<ProjectMeasurement, double> metric) => (Stats.Median(with.Select(metric)) - Stats.Median(without.Select(metric))) * 1000;
            var leaks = with[0].Findings.Where(d => d.Location.SourceTree?.FilePath.StartsWith(Prefix, StringComparison.Ordinal) == true && d.Id.StartsWith("PII01", StringComparison.Ordinal)).ToList();
            var reported = with[0].TimedOut is { } phase ? $"**timed out** ({phase} cancelled after {limit.TotalSeconds:F0} s)"
                : leaks.Count == 0
                ? "**no**"
                : "yes: " + string.Join("; ", leaks.Select(d => $"{d.Id} at {Path.GetFileName(d.Location.GetLineSpan().Path)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}"));
            var lines = shape.Files.Sum(f => f.Text.Count(c => c == '\n'));
            var binding = Added(m => m.Binding);
            var piiGuard = Added(m => m.Analyzers) + Added(m => m.Generator);
            string Limited(double ms, string phase) => with[0].TimedOut?.Contains(phase, StringComparison.Ordinal) == true ? $"> {ms:F0}" : ms.ToString("F0", CultureInfo.InvariantCulture);
            Console.WriteLine($"| {shape.Name}: {shape.Description} | {lines} | {binding:F0} | {Limited(Added(m => m.Analyzers), "analyzers")} | {Limited(Added(m => m.Generator), "generator")} | {(binding > 0 ? (piiGuard / binding).ToString("F1", CultureInfo.InvariantCulture) + "x" : "n/a")} | {reported} |");
            foreach (var (name, seconds) in with[0].PerAnalyzer.Where(p => p.Value > 0.05))
            {
                Console.WriteLine($"  {shape.Name}: {name} {seconds * 1000:F0} ms (with shape, first run)");
            }
        }

        return 0;
    }

    private static void Header(StringBuilder b, string ns) =>
        b.Append("using Microsoft.Extensions.Logging;\nusing PiiGuard;\n\nnamespace Shapes.").Append(ns).Append(";\n\n");

    /// <summary>One file: a [Pii] value enters H0, each helper passes it to the next <paramref name="fan"/> helpers, the last one logs it.</summary>
    private static (string Path, string Text) FanOut(int helpers, int fan)
    {
        var b = new StringBuilder();
        Header(b, "FanOut" + helpers.ToString(CultureInfo.InvariantCulture));
        b.Append("public sealed class Subject { [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)] public string Email { get; set; } = \"\"; }\n\n");
        b.Append("public static class Chain\n{\n");
        b.Append("    public static void Entry(ILogger log, Subject subject) => H0(log, subject.Email);\n");
        for (var i = 0; i < helpers - 1; i++)
        {
            b.Append(CultureInfo.InvariantCulture, $"    private static void H{i}(ILogger log, string s) {{");
            for (var j = i + 1; j <= Math.Min(i + fan, helpers - 1); j++)
            {
                b.Append(CultureInfo.InvariantCulture, $" H{j}(log, s);");
            }

            b.Append(" }\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"    private static void H{helpers - 1}(ILogger log, string s) => log.LogInformation(\"Value {{Value}}\", s);\n}}\n");
        return ($"FanOut{helpers}.cs", b.ToString());
    }

    /// <summary>An app: <paramref name="layers"/> classes of <paramref name="width"/> methods, each calling <paramref name="calls"/> methods of the next layer; every tenth bottom method logs.</summary>
    private static List<(string Path, string Text)> Layers(int layers, int width, int calls)
    {
        var files = new List<(string Path, string Text)>();
        for (var k = 0; k < layers; k++)
        {
            var b = new StringBuilder();
            Header(b, "Layers");
            if (k == 0)
            {
                b.Append("public sealed class Subject { [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)] public string Email { get; set; } = \"\"; }\n\n");
                b.Append("public static class Entry\n{\n    public static void Run(ILogger log, Subject subject) => Layer0.M0(log, subject.Email);\n}\n\n");
            }

            b.Append(CultureInfo.InvariantCulture, $"public static class Layer{k}\n{{\n");
            for (var j = 0; j < width; j++)
            {
                b.Append(CultureInfo.InvariantCulture, $"    public static int M{j}(ILogger log, string s)\n    {{\n        var n = s.Length + {j};\n");
                if (k < layers - 1)
                {
                    for (var t = 0; t < calls; t++)
                    {
                        b.Append(CultureInfo.InvariantCulture, $"        n += Layer{k + 1}.M{((j * calls) + t) % width}(log, s);\n");
                    }
                }
                else if (j % 10 == 0)
                {
                    b.Append("        log.LogInformation(\"Reached {Value}\", s);\n");
                }

                b.Append("        return n;\n    }\n");
            }

            b.Append("}\n");
            files.Add(($"Layer{k}.cs", b.ToString()));
        }

        return files;
    }

}
