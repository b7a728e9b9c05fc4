using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace PiiGuard.Benchmarks;

/// <summary>
/// Writes the synthetic corpus to a folder with two response files for the SDK's own command-line compiler, so a build
/// can be measured the way <c>dotnet build</c> runs it: one <c>csc</c> process, analyzers attached to the compilation and
/// running while it compiles and emits (the in-process ladder analyses first and emits after). Both response files carry
/// what the SDK passes a plain <c>net10.0</c> class library (reference pack, the default analysis level's configuration,
/// NetAnalyzers and the targeting pack's generators, a reference assembly); the PiiGuard one adds the package's
/// analyzer assembly, its build properties and the SARIF error log the package's targets ask for.
/// </summary>
internal static class CscCorpus
{
    public static int Write(string folder, int lines, int seed)
    {
        var corpus = CorpusGenerator.Generate(lines, seed);
        folder = Path.GetFullPath(folder);
        var sources = Path.Combine(folder, "src");
        if (Directory.Exists(sources))
        {
            Directory.Delete(sources, recursive: true);
        }

        foreach (var (path, text) in corpus.Files)
        {
            var file = Path.Combine(sources, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        var dotnetRoot = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/'))!)!)!;
        var sdk = Directory.GetDirectories(Path.Combine(dotnetRoot, "sdk")).OrderByDescending(Path.GetFileName, StringComparer.Ordinal).First();
        var refPack = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref")).OrderByDescending(Path.GetFileName, StringComparer.Ordinal).First();
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
            "build_property.DesignTimeBuild = false",
            string.Empty));

        foreach (var (name, piiGuard) in new[] { ("default", false), ("piiguard", true) })
        {
            var rsp = new StringBuilder(common.ToString());
            var output = Path.Combine(folder, "obj", name);
            Directory.CreateDirectory(Path.Combine(output, "ref"));
            rsp.AppendLine(CultureInfo.InvariantCulture, $"/out:\"{Path.Combine(output, "Corpus.dll")}\" /refout:\"{Path.Combine(output, "ref", "Corpus.dll")}\"");
            if (piiGuard)
            {
                rsp.AppendLine(CultureInfo.InvariantCulture, $"/analyzer:\"{typeof(PiiGuard.Analyzers.Flow.PiiFlowAnalyzer).Assembly.Location}\"");
                rsp.AppendLine(CultureInfo.InvariantCulture, $"/analyzerconfig:\"{Path.Combine(folder, "piiguard.globalconfig")}\"");
                rsp.AppendLine(CultureInfo.InvariantCulture, $"/errorlog:\"{Path.Combine(output, "piiguard.sarif")},version=2.1\"");
            }

            File.WriteAllText(Path.Combine(folder, name + ".rsp"), rsp.ToString());
        }

        var csc = Path.Combine(sdk, "Roslyn", "bincore", "csc.dll");
        Console.WriteLine($"corpus: {corpus.Lines} lines in {corpus.Files.Count} files, {sources}");
        Console.WriteLine($"farm-bench -n 6 --warmup 0 --timeout 1800 --vs \"dotnet exec {csc} @{Path.Combine(folder, "default.rsp")}\" -- dotnet exec {csc} @{Path.Combine(folder, "piiguard.rsp")}");
        return 0;
    }
}
