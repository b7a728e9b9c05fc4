using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PiiGuard.Tasks;

/// <summary>
/// Writes the PiiGuard baseline: from the compiler's SARIF log (1.0 or 2.1, whichever <c>ErrorLog</c> asked for), one
/// counted key per PiiGuard finding of the build, sorted, so the file reviews well as a diff; or, for a project with
/// several target frameworks, the union of the per-framework files (<see cref="Parts"/>). Read back by PiiGuard's
/// suppressor. Every failure is a plain MSBuild error naming the path, never an exception.
/// </summary>
public sealed class WritePiiGuardBaseline : Task
{
    /// <summary>The SARIF log the build wrote (<c>ErrorLog</c>); not needed with <see cref="Parts"/>.</summary>
    public string SarifPath { get; set; } = string.Empty;

    /// <summary>Per-target-framework baselines to merge (each key at the highest count any framework reported).</summary>
    public ITaskItem[] Parts { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The compiled sources: used to map <c>#line</c>-directed locations back to the C# line the suppressor sees.</summary>
    public ITaskItem[] Sources { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The baseline file to write (relative paths are relative to <see cref="ProjectDirectory"/>).</summary>
    [Required]
    public string BaselinePath { get; set; } = string.Empty;

    /// <summary>The project directory; paths in the baseline are relative to it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>Write the header comment (false for the per-framework files of a multi-targeting build).</summary>
    public bool Header { get; set; } = true;

    /// <inheritdoc />
    public override bool Execute()
    {
        string target;
        try
        {
            target = Path.GetFullPath(Path.Combine(ProjectDirectory, BaselinePath));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Log.LogError("PiiGuard: PiiGuardBaselinePath '{0}' is not a valid path: {1}", BaselinePath, e.Message);
            return false;
        }

        var directory = Path.GetDirectoryName(target);
        if (directory is { Length: > 0 } && !Directory.Exists(directory))
        {
            Log.LogError("PiiGuard: cannot write the baseline to {0}: the folder {1} does not exist. Create it, or point PiiGuardBaselinePath at an existing folder.", target, directory);
            return false;
        }

        SortedDictionary<string, int> keys;
        if (Parts.Length > 0)
        {
            keys = Merge();
        }
        else if (!File.Exists(SarifPath))
        {
            Log.LogError("PiiGuard: no SARIF log at {0}; run 'dotnet build --no-incremental -p:PiiGuardUpdateBaseline=true' so the compiler runs.", SarifPath);
            return false;
        }
        else
        {
            try
            {
                keys = Read(SarifPath);
            }
            catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
            {
                Log.LogError("PiiGuard: could not read the SARIF log {0} ({1}); the baseline was not changed.", SarifPath, e.Message);
                return false;
            }
        }

        var content = new StringBuilder();
        if (Header)
        {
            content.Append("# PiiGuard baseline: diagnostics accepted when PiiGuard was adopted. New findings still report.\n")
                .Append("# One line per finding: rule|file|member|hash of the reported line, and |N when N identical findings are accepted.\n")
                .Append("# Regenerate with: dotnet build --no-incremental -p:PiiGuardUpdateBaseline=true\n");
        }

        foreach (var pair in keys)
        {
            content.Append(BaselineKey.Line(pair.Key, pair.Value)).Append('\n');
        }

        try
        {
            File.WriteAllText(target, content.ToString(), new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError("PiiGuard: cannot write the baseline to {0}: {1}", target, e.Message);
            return false;
        }

        if (Header)
        {
            Log.LogMessage(MessageImportance.High, "PiiGuard: baseline of {0} diagnostics written to {1}", keys.Values.Sum(), target);
        }

        return true;
    }

    private SortedDictionary<string, int> Merge()
    {
        // The same code compiled for two frameworks reports the same finding twice: take the highest count, not the sum.
        var keys = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in Parts.Select(p => p.ItemSpec).Where(File.Exists))
        {
            foreach (var pair in BaselineKey.Parse(File.ReadAllLines(part)))
            {
                keys.TryGetValue(pair.Key, out var count);
                keys[pair.Key] = Math.Max(count, pair.Value);
            }
        }

        return keys;
    }

    private SortedDictionary<string, int> Read(string sarifPath)
    {
        var keys = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var lines = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var mapping = new LineMapping(Sources.Select(s => s.GetMetadata("FullPath")).Where(p => p.Length > 0));
        foreach (var result in SarifLog.Read(sarifPath).ToList())
        {
            if (result.RuleId is not { } id || !BaselineKey.IsBaselined(id) || result.Uri is not { } uri || result.Line is not { } line || result.Suppressed)
            {
                continue;
            }

            // The log names the #line-mapped file and line; the suppressor sees the C# line it came from.
            var (path, sourceLine) = mapping.Unmap(FromUri(uri), line, ProjectDirectory);
            if (!lines.TryGetValue(path, out var text))
            {
                lines[path] = text = File.Exists(path) ? File.ReadAllLines(path) : Array.Empty<string>();
            }

            var lineText = sourceLine - 1 < text.Length ? text[sourceLine - 1] : string.Empty;
            var key = BaselineKey.Create(id, path, ProjectDirectory, result.Message, lineText);
            keys.TryGetValue(key, out var count);
            keys[key] = count + 1;
        }

        return keys;
    }

    /// <summary>A SARIF URI as a path, unescaped exactly once (a file named <c>50%25.cs</c> keeps its name).</summary>
    private static string FromUri(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : Uri.UnescapeDataString(uri);

    /// <summary>
    /// The <c>#line</c> directives of the compiled sources, inverted: (mapped file, mapped line) → (source file, line).
    /// Read once per baseline update, and only when the build passed its sources.
    /// </summary>
    private sealed class LineMapping
    {
        private readonly HashSet<string> sources;

        // "file#line" → where that mapped line really is.
        private Dictionary<string, (string Path, int Line)>? inverse;

        public LineMapping(IEnumerable<string> sources)
        {
            this.sources = new HashSet<string>(sources.Select(Normalize), StringComparer.OrdinalIgnoreCase);
        }

        public (string Path, int Line) Unmap(string path, int line, string projectDirectory)
        {
            var full = Rooted(path, projectDirectory);
            if (sources.Count == 0)
            {
                return (full, line);
            }

            inverse ??= Build();
            return inverse.TryGetValue(Normalize(path) + "#" + line, out var source) || inverse.TryGetValue(Normalize(full) + "#" + line, out source)
                ? source
                : (full, line);
        }

        private Dictionary<string, (string Path, int Line)> Build()
        {
            var map = new Dictionary<string, (string Path, int Line)>(StringComparer.OrdinalIgnoreCase);
            foreach (var source in sources.Where(File.Exists))
            {
                var text = File.ReadAllLines(source);
                if (!text.Any(l => l.TrimStart().StartsWith("#line", StringComparison.Ordinal)))
                {
                    continue;
                }

                string? mappedFile = null;
                var mappedLine = 0;
                for (var i = 0; i < text.Length; i++)
                {
                    var trimmed = text[i].TrimStart();
                    if (trimmed.StartsWith("#line", StringComparison.Ordinal))
                    {
                        (mappedFile, mappedLine) = Directive(trimmed.Substring(5).Trim(), mappedFile ?? source);
                        continue;
                    }

                    if (mappedFile is not null)
                    {
                        var key = Normalize(mappedFile) + "#" + mappedLine;
                        if (!map.ContainsKey(key))
                        {
                            map[key] = (source, i + 1);
                        }

                        mappedLine++;
                    }
                }
            }

            return map;
        }

        // "#line 40 \"file\"", "#line 40", "#line (40, 1) - (40, 20) 5 \"file\"", "#line default", "#line hidden".
        private static (string? File, int Line) Directive(string rest, string current)
        {
            if (rest.StartsWith("default", StringComparison.Ordinal) || rest.StartsWith("hidden", StringComparison.Ordinal))
            {
                return (null, 0);
            }

            var quote = rest.IndexOf('"');
            var file = quote >= 0 && rest.LastIndexOf('"') > quote ? rest.Substring(quote + 1, rest.LastIndexOf('"') - quote - 1).Replace("\\\\", "\\") : current;
            var digits = new string(rest.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
            return int.TryParse(digits, out var line) ? (file, line) : (null, 0);
        }

        private static string Rooted(string path, string projectDirectory)
        {
            try
            {
                return Path.GetFullPath(Path.Combine(projectDirectory, path));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return path;
            }
        }

        private static string Normalize(string path) => path.Replace('\\', '/');
    }
}
