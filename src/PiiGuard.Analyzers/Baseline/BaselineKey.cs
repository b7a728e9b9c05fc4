using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

#if PIIGUARD_TASKS
namespace PiiGuard.Tasks;
#else
namespace PiiGuard.Analyzers.Baseline;
#endif

/// <summary>
/// The key that identifies one accepted diagnostic in the baseline: rule, file (relative to the project, with
/// <c>../</c> for linked files outside it, so the same on every machine), member, and a hash of the reported line's
/// text with whitespace collapsed. Moving code, or editing other lines, keeps the key; changing that line, or a new
/// leak, does not. A key that occurs N times in one build is written once with <c>|N</c>, and suppresses at most N
/// diagnostics: a copy-pasted leak is new. Compiled into both the suppressor and the MSBuild task that writes the
/// baseline, so they cannot disagree.
/// </summary>
internal static class BaselineKey
{
    public const string FileName = "piiguard.baseline.txt";

    private static readonly char[] Slash = { '/' };

    /// <summary>The AdditionalFiles metadata (<c>PiiGuardBaseline="true"</c>) that marks the baseline, whatever its name.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.PiiGuardBaseline";

    public static string Create(string id, string path, string? projectDirectory, string message, string lineText) =>
        string.Join("|", id, Relative(path, projectDirectory), Member(message), Hash(Normalize(lineText)));

    /// <summary>
    /// Whether a diagnostic may be baselined: PiiGuard findings only, never suggestions (PII0008/PII0009 — a baseline
    /// would hide them from <c>dotnet format</c>, which then marks nothing), never the data map (PII0990), never the
    /// suppressions themselves.
    /// </summary>
    public static bool IsBaselined(string id) =>
        id.StartsWith("PII", StringComparison.Ordinal) && !id.StartsWith("PIIB", StringComparison.Ordinal) && id is not ("PII0008" or "PII0009" or "PII0990");

    /// <summary>The first quoted name of a PiiGuard message (<c>'Customer.Email'</c>), or an empty string.</summary>
    public static string Member(string message)
    {
        var start = message.IndexOf('\'');
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message.Substring(start + 1, end - start - 1) : string.Empty;
    }

    /// <summary>A line of the baseline: the key, and <c>|count</c> when it was reported more than once.</summary>
    public static string Line(string key, int count) => count > 1 ? key + "|" + count.ToString(CultureInfo.InvariantCulture) : key;

    /// <summary>Reads baseline lines into key → how many diagnostics with that key are accepted. Comments (#) and blanks are skipped.</summary>
    public static Dictionary<string, int> Parse(IEnumerable<string> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var entry = raw.Trim();
            if (entry.Length == 0 || entry[0] == '#')
            {
                continue;
            }

            var count = 1;
            var bar = entry.LastIndexOf('|');
            if (bar > 0 && entry.Length - bar > 1 && entry.Substring(bar + 1).All(char.IsDigit) && entry.Split('|').Length > 4)
            {
                count = int.Parse(entry.Substring(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture);
                entry = entry.Substring(0, bar);
            }

            counts.TryGetValue(entry, out var existing);
            counts[entry] = existing + count;
        }

        return counts;
    }

    /// <summary>
    /// The path relative to the project directory, with forward slashes; <c>../</c> for files outside it (linked files),
    /// so keys name no machine-specific folder. Unrooted paths (a <c>#line</c> file name) are kept as written.
    /// </summary>
    public static string Relative(string path, string? projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.StartsWith("file://", StringComparison.Ordinal) && Uri.TryCreate(normalized, UriKind.Absolute, out var uri))
        {
            // LocalPath unescapes once: a file named "50%25.cs" stays "50%25.cs".
            normalized = uri.LocalPath.Replace('\\', '/');
        }

        if (projectDirectory is not { Length: > 0 } root || !IsRooted(normalized))
        {
            return normalized;
        }

        var from = Segments(root);
        var to = Segments(normalized);
        var common = 0;
        while (common < from.Count && common < to.Count && string.Equals(from[common], to[common], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        if (common == 0)
        {
            // Another drive: nothing relative exists.
            return normalized;
        }

        return string.Join("/", Enumerable.Repeat("..", from.Count - common).Concat(to.Skip(common)));
    }

    private static bool IsRooted(string path) => path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':');

    private static List<string> Segments(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split(Slash, StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return segments;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // FNV-1a 64: stable across runtimes and processes (string.GetHashCode is not).
    private static string Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
