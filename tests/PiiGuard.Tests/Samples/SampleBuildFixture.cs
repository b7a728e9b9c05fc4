using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Samples;

/// <summary>Builds each sample once per test run, as <c>dotnet build</c> does, writing its data map to a private folder.</summary>
public sealed class SampleBuildFixture : IDisposable
{
    public static readonly string[] Names = { "DreamPairsShop", "SolaxCloud" };

    private static readonly Regex Warning = new(@"^[ \t]*(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),\d+\): warning (?<id>PII\d{4}):", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public SampleBuildFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "piiguard-samples-" + Guid.NewGuid().ToString("N"));
        foreach (var name in Names)
        {
            var directory = RepoPaths.Combine("samples", name);
            var map = Path.Combine(Root, name, "data-map.md");
            var (exit, output) = DotNetCli.Run(directory, TimeSpan.FromMinutes(5),
                "build", "--no-incremental", "--disable-build-servers", "-nodeReuse:false", "-p:PiiGuardDataMapPath=" + map);
            Assert.True(exit == 0, $"{name} does not build:\n{output}");
            var prefix = directory.Replace('\\', '/').TrimEnd('/') + "/";
            Diagnostics[name] = Warning.Matches(output)
                .Select(m => $"{m.Groups["id"].Value} {m.Groups["file"].Value.Trim().Replace('\\', '/').Replace(prefix, string.Empty, StringComparison.Ordinal)}:{m.Groups["line"].Value}")
                .Distinct()
                .OrderBy(d => d, StringComparer.Ordinal)
                .ToList();
            Markdown[name] = File.ReadAllText(map);
            Json[name] = File.ReadAllText(Path.ChangeExtension(map, ".json"));
        }
    }

    public string Root { get; }

    public Dictionary<string, List<string>> Diagnostics { get; } = new();

    public Dictionary<string, string> Markdown { get; } = new();

    public Dictionary<string, string> Json { get; } = new();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>Reads a Markdown table of the data map into rows of trimmed cells.</summary>
internal static class MarkdownTable
{
    public static List<string[]> Rows(string markdown, string section)
    {
        var lines = markdown.Split('\n');
        var start = Array.FindIndex(lines, l => l == "## " + section);
        Assert.True(start >= 0, $"no section '{section}'");
        var rows = new List<string[]>();
        var inTable = false;
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            if (lines[i].StartsWith("|---", StringComparison.Ordinal))
            {
                inTable = true;
                continue;
            }

            if (inTable && lines[i].StartsWith('|'))
            {
                rows.Add(lines[i].Trim('|').Split(" | ").Select(c => c.Trim()).ToArray());
            }
            else if (inTable)
            {
                break;
            }
        }

        return rows;
    }
}
