using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace PiiGuard.Tasks;

/// <summary>
/// Writing the data map's files safely: every problem is one <see cref="OutputProblem"/> with a documented code
/// (docs/inventory.md, "Build errors"), never an exception. No MSBuild types here, so the unit tests compile this file.
/// </summary>
internal static class OutputFiles
{
    /// <summary>Two outputs that resolve to the same file (e.g. <c>PiiGuardDataMapPath</c> ending in <c>.json</c>).</summary>
    public const string SamePath = "PIIG001";

    /// <summary>An existing file that PiiGuard did not write: never overwritten.</summary>
    public const string NotOurs = "PIIG002";

    /// <summary>The path is a folder.</summary>
    public const string IsFolder = "PIIG003";

    /// <summary>A parent of the path is a file, or the folder cannot be created.</summary>
    public const string NoFolder = "PIIG004";

    /// <summary>The file cannot be written (permissions, read-only file system, …).</summary>
    public const string CannotWrite = "PIIG005";

    /// <summary>The path is not a valid path.</summary>
    public const string InvalidPath = "PIIG006";

    /// <summary>The generated data map or its JSON cannot be read.</summary>
    public const string Damaged = "PIIG007";

    /// <summary>UTF-8 without a byte-order mark (Markdown, JSON, YAML).</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The full path of <paramref name="path"/> (relative to <paramref name="baseDirectory"/>), or a problem.</summary>
    public static OutputProblem? Resolve(string property, string path, string baseDirectory, out string full)
    {
        full = string.Empty;
        try
        {
            full = Path.GetFullPath(Path.Combine(baseDirectory, path));
            return null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return new OutputProblem(InvalidPath, $"PiiGuard: {property} '{path}' is not a valid path: {e.Message}");
        }
    }

    /// <summary>Two properties that name the same file: the first such pair, or <see langword="null"/>.</summary>
    public static OutputProblem? Collision(IReadOnlyList<(string Property, string Path)> outputs)
    {
        for (var i = 0; i < outputs.Count; i++)
        {
            for (var j = i + 1; j < outputs.Count; j++)
            {
                if (string.Equals(outputs[i].Path, outputs[j].Path, StringComparison.OrdinalIgnoreCase))
                {
                    return new OutputProblem(SamePath,
                        $"PiiGuard: {outputs[i].Property} and {outputs[j].Property} are the same file ({outputs[i].Path}); nothing was written. " +
                        "PiiGuardDataMapPath names the Markdown file (e.g. docs/data-map.md) and the other files are written beside it; " +
                        "set PiiGuardDataMapJsonPath (or the export paths) to choose their names.");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// What would stop writing <paramref name="content"/> to <paramref name="full"/>: the path is a folder, a parent is
    /// a file, or a file is there that PiiGuard did not write (<paramref name="isOurs"/> recognises PiiGuard's output
    /// from the file's start), so a user's file that happens to have the name is never lost. Checked for every output
    /// before any is written.
    /// </summary>
    public static OutputProblem? Check(string property, string full, byte[] content, Func<string, bool> isOurs)
    {
        if (Directory.Exists(full))
        {
            return new OutputProblem(IsFolder, $"PiiGuard: cannot write {property} to {full}: it is a folder. Point {property} at a file.");
        }

        for (var parent = Path.GetDirectoryName(full); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return new OutputProblem(NoFolder, $"PiiGuard: cannot write {property} to {full}: {parent} is a file, not a folder.");
            }
        }

        try
        {
            if (File.Exists(full))
            {
                var existing = File.ReadAllBytes(full);
                if (!BytesEqual(existing, content) && existing.Length > 0 && !isOurs(Utf8.GetString(existing, 0, Math.Min(existing.Length, 4096))))
                {
                    return new OutputProblem(NotOurs,
                        $"PiiGuard: {full} ({property}) exists and was not written by PiiGuard, so it was not overwritten. " +
                        $"Move that file, or set {property} to another path.");
                }
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return new OutputProblem(CannotWrite, $"PiiGuard: cannot write {property} to {full}: {e.Message}");
        }
    }

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="full"/> (after <see cref="Check"/>) unless it already holds
    /// exactly that: an unchanged map keeps its timestamp.
    /// </summary>
    public static OutputProblem? Write(string property, string full, byte[] content, Func<string, bool> isOurs, out bool changed)
    {
        changed = false;
        if (Check(property, full, content, isOurs) is { } problem)
        {
            return problem;
        }

        try
        {
            var directory = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
            {
                try
                {
                    Directory.CreateDirectory(directory!);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
                {
                    return new OutputProblem(NoFolder, $"PiiGuard: cannot write {property} to {full}: the folder {directory} cannot be created ({e.Message}).");
                }
            }

            if (File.Exists(full) && BytesEqual(File.ReadAllBytes(full), content))
            {
                return null;
            }

            File.WriteAllBytes(full, content);
            changed = true;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return new OutputProblem(CannotWrite, $"PiiGuard: cannot write {property} to {full}: {e.Message}");
        }
    }

    private static bool BytesEqual(byte[] a, byte[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text documents (Markdown, JSON, YAML) name PiiGuard near their start.</summary>
    public static bool NamesPiiGuard(string start) => start.IndexOf("PiiGuard", StringComparison.Ordinal) is >= 0 and < 1024;

    /// <summary>A PiiGuard sheet starts with its header row (after an optional byte-order mark).</summary>
    public static Func<string, bool> StartsWithHeader(IReadOnlyList<string> columns) =>
        start => start.TrimStart('\uFEFF').StartsWith("\"" + columns[0] + "\",\"" + columns[1] + "\"", StringComparison.Ordinal);

    /// <summary><paramref name="full"/> relative to <paramref name="baseDirectory"/> when it is inside it, else as is.</summary>
    public static string Display(string full, string baseDirectory)
    {
        if (baseDirectory.Length == 0)
        {
            return full;
        }

        var root = baseDirectory.TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal) ? full.Substring(root.Length).Replace('\\', '/') : full;
    }
}

/// <summary>A problem writing the map: an error code (PIIGxxx) and the message for the build log.</summary>
internal sealed class OutputProblem
{
    public OutputProblem(string code, string message)
    {
        Code = code;
        Message = message;
    }

    public string Code { get; }

    public string Message { get; }
}
