using System;
using System.Globalization;
using System.Text;

#if PIIGUARD_TASKS
namespace PiiGuard.Tasks;
#else
namespace PiiGuard.Analyzers.Baseline;
#endif

/// <summary>
/// The key that identifies one accepted diagnostic in <c>piiguard.baseline.txt</c>: rule, file (relative to the
/// project), member, and a hash of the reported line's text with whitespace collapsed. Moving code, or editing
/// other lines, keeps the key; changing that line, or a new leak, does not. Compiled into both the suppressor and the
/// MSBuild task that writes the baseline, so they cannot disagree.
/// </summary>
internal static class BaselineKey
{
    public const string FileName = "piiguard.baseline.txt";

    public static string Create(string id, string path, string? projectDirectory, string message, string lineText) =>
        string.Join("|", id, Relative(path, projectDirectory), Member(message), Hash(Normalize(lineText)));

    /// <summary>The first quoted name of a PiiGuard message (<c>'Customer.Email'</c>), or an empty string.</summary>
    public static string Member(string message)
    {
        var start = message.IndexOf('\'');
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message.Substring(start + 1, end - start - 1) : string.Empty;
    }

    public static string Relative(string path, string? projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.StartsWith("file://", StringComparison.Ordinal))
        {
            normalized = Uri.UnescapeDataString(new Uri(normalized).AbsolutePath);
        }

        if (projectDirectory is { Length: > 0 } root)
        {
            var prefix = root.Replace('\\', '/').TrimEnd('/') + "/";
            if (normalized.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(prefix.Length);
            }
        }

        return normalized;
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
