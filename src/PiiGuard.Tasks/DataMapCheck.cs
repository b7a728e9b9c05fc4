using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PiiGuard.Tasks;

/// <summary>
/// The drift gate (<c>PiiGuardDataMapCheck=true</c>): compares each committed output with what the code produces and,
/// when they differ, describes the change for a reader — per section of the map, the rows added and removed. Nothing is
/// written in check mode. No MSBuild types here, so the unit tests compile this file.
/// </summary>
internal static class DataMapCheck
{
    /// <summary>The committed map differs from the code (or is missing).</summary>
    public const string Stale = "PIIG008";

    private const int MaxLinesShown = 12;

    /// <summary>
    /// A problem when the file at <paramref name="full"/> does not hold <paramref name="expected"/>, naming what changed;
    /// <see langword="null"/> when it is current.
    /// </summary>
    public static OutputProblem? Compare(string property, string full, string display, string expected)
    {
        string? committed;
        try
        {
            // Bytes decoded as written: ReadAllText would drop the byte-order mark the CSV sheets start with.
            committed = File.Exists(full) ? OutputFiles.Utf8.GetString(File.ReadAllBytes(full)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new OutputProblem(Stale, $"PiiGuard: {display} ({property}) cannot be read to check it: {e.Message}");
        }

        if (committed is null)
        {
            return new OutputProblem(Stale, $"PiiGuard: {display} ({property}) does not exist, but PiiGuardDataMapCheck=true expects the committed map. Build without the check to write it, then commit it.");
        }

        if (Normalize(committed) == Normalize(expected))
        {
            return null;
        }

        return new OutputProblem(Stale, $"PiiGuard: {display} ({property}) no longer matches the code (PiiGuardDataMapCheck=true). {Describe(committed, expected)}Build without the check to regenerate it, review the diff and commit it.");
    }

    /// <summary>
    /// What changed, per section (a Markdown <c>##</c> heading; one section for other files): counts, then up to a dozen
    /// rows added (+) and removed (−). Order-insensitive within a section: the map's rows are sorted, so a moved row
    /// is a changed row.
    /// </summary>
    public static string Describe(string committed, string expected)
    {
        var before = Sections(committed);
        var after = Sections(expected);
        var summary = new List<string>();
        var lines = new List<string>();
        foreach (var section in before.Keys.Union(after.Keys).OrderBy(k => Order(k, before, after)))
        {
            var old = before.TryGetValue(section, out var o) ? o : new List<string>();
            var current = after.TryGetValue(section, out var c) ? c : new List<string>();
            var added = Minus(current, old);
            var removed = Minus(old, current);
            if (added.Count == 0 && removed.Count == 0)
            {
                continue;
            }

            summary.Add($"{section}: {Count(added.Count, "added")}, {Count(removed.Count, "removed")}");
            lines.AddRange(added.Select(l => "  + " + l));
            lines.AddRange(removed.Select(l => "  - " + l));
        }

        if (summary.Count == 0)
        {
            return "Only the order of lines changed. ";
        }

        var text = new StringBuilder("Changed: ").Append(string.Join("; ", summary)).Append(".\n");
        foreach (var line in lines.Take(MaxLinesShown))
        {
            text.Append(line).Append('\n');
        }

        if (lines.Count > MaxLinesShown)
        {
            text.Append("  … and ").Append((lines.Count - MaxLinesShown).ToString(CultureInfo.InvariantCulture)).Append(" more lines\n");
        }

        return text.ToString();
    }

    private static string Count(int count, string what) => count.ToString(CultureInfo.InvariantCulture) + " line" + (count == 1 ? string.Empty : "s") + " " + what;

    private static int Order(string section, Dictionary<string, List<string>> before, Dictionary<string, List<string>> after) =>
        after.Keys.ToList().IndexOf(section) is var index && index >= 0 ? index : 1000 + before.Keys.ToList().IndexOf(section);

    private static Dictionary<string, List<string>> Sections(string text)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var current = "Header";
        foreach (var raw in Normalize(text).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = line.Substring(3);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (!sections.TryGetValue(current, out var list))
            {
                sections[current] = list = new List<string>();
            }

            list.Add(line);
        }

        return sections;
    }

    // Multiset difference: a line that appears twice and now once was removed once.
    private static List<string> Minus(List<string> left, List<string> right)
    {
        var remaining = right.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in left)
        {
            if (remaining.TryGetValue(line, out var count) && count > 0)
            {
                remaining[line] = count - 1;
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    // A checkout with core.autocrlf=true has CRLF: not a change of the map.
    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
