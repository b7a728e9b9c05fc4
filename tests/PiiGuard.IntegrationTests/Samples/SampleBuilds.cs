using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.IntegrationTests.Samples;

/// <summary>
/// Builds each sample once, from the packed package (<c>-p:PiiGuardPackageVersion</c>, see
/// samples/Directory.Build.props), with its bin/obj and data map in the fixture's private folder. This is CI's build
/// of the samples: <c>.ci/run</c> does not build them again.
/// </summary>
public sealed class SampleBuilds
{
    public static readonly string[] Names = { "DreamPairsShop", "SolaxCloud" };

    private static readonly Regex Warning = new(@"^[ \t]*(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),\d+\): warning (?<id>PII\d{4}):", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public SampleBuilds(PackageFixture package)
    {
        foreach (var name in Names)
        {
            var directory = RepoPaths.Combine("samples", name);
            var map = Path.Combine(package.Root, "samples", name, "data-map.md");
            var (exit, output) = DotNetCli.Run(directory, TimeSpan.FromMinutes(5),
                "build", "--disable-build-servers", "-nodeReuse:false",
                "--artifacts-path", Path.Combine(package.Root, "samples", "artifacts"),
                "-p:PiiGuardPackageVersion=" + PackageFixture.Version,
                "-p:RestoreConfigFile=" + package.NuGetConfig,
                "-p:PiiGuardDataMapPath=" + map);
            Assert.True(exit == 0, $"{name} does not build from the package:\n{output}");
            var prefix = directory.Replace('\\', '/').TrimEnd('/') + "/";
            Diagnostics[name] = Warning.Matches(output)
                .Select(m => $"{m.Groups["id"].Value} {m.Groups["file"].Value.Trim().Replace('\\', '/').Replace(prefix, string.Empty, StringComparison.Ordinal)}:{m.Groups["line"].Value}")
                .Distinct()
                .OrderBy(d => d, StringComparer.Ordinal)
                .ToList();
            Markdown[name] = File.ReadAllText(map);
            Json[name] = File.ReadAllText(Path.ChangeExtension(map, ".json"));
            MapPath[name] = map;
            foreach (var export in Exports)
            {
                ExportText[(name, export)] = File.ReadAllText(Path.ChangeExtension(map, export));
            }
        }
    }

    public Dictionary<string, List<string>> Diagnostics { get; } = new();

    public Dictionary<string, string> Markdown { get; } = new();

    public Dictionary<string, string> Json { get; } = new();

    /// <summary>The exports the build writes beside the map (docs/inventory.md, "Exports").</summary>
    public static readonly string[] Exports = { ".items.csv", ".activities.csv", ".fides.yml" };

    /// <summary>Where each sample's map was written (its exports are beside it).</summary>
    public Dictionary<string, string> MapPath { get; } = new();

    public Dictionary<(string Sample, string Export), string> ExportText { get; } = new();
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
