using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PiiGuard.Tasks;

/// <summary>
/// Writes the data map that PiiGuard's generator emitted (a comment-only generated file the compiler wrote under
/// <c>CompilerGeneratedFilesOutputPath</c>, see <see cref="DataMapEnvelope"/>) to Markdown and JSON files. A file is
/// rewritten only when its content changes, so unchanged maps keep their timestamps.
/// </summary>
public sealed class WritePiiGuardDataMap : Task
{
    /// <summary>The generated data-map file (<c>PiiGuard.DataMap.g.cs</c>).</summary>
    [Required]
    public string GeneratedPath { get; set; } = string.Empty;

    /// <summary>Where to write the Markdown data map.</summary>
    [Required]
    public string MarkdownPath { get; set; } = string.Empty;

    /// <summary>Where to write the JSON data map; empty to skip it.</summary>
    public string JsonPath { get; set; } = string.Empty;

    /// <summary>The files written or confirmed up to date.</summary>
    [Output]
    public ITaskItem[] Written { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!File.Exists(GeneratedPath))
        {
            // No declarations (or EmitCompilerGeneratedFiles=false): nothing to write. A stale file from an earlier
            // compilation was deleted by the targets when this compilation ran.
            Log.LogMessage(MessageImportance.Low, "PiiGuard: no data map was generated ({0} does not exist).", GeneratedPath);
            return true;
        }

        string? markdown;
        string? json;
        try
        {
            (markdown, json) = DataMapEnvelope.Decode(File.ReadAllLines(GeneratedPath));
        }
        catch (FormatException)
        {
            Log.LogError("PiiGuard: the generated data map {0} is damaged; rebuild the project.", GeneratedPath);
            return false;
        }

        if (markdown is null)
        {
            Log.LogMessage(MessageImportance.Low, "PiiGuard: {0} holds no data map.", GeneratedPath);
            return true;
        }

        var written = new System.Collections.Generic.List<ITaskItem>();
        WriteIfChanged(MarkdownPath, markdown, written);
        if (json is not null && JsonPath.Length > 0)
        {
            WriteIfChanged(JsonPath, json, written);
        }

        Written = written.ToArray();
        return !Log.HasLoggedErrors;
    }

    private void WriteIfChanged(string path, string content, System.Collections.Generic.List<ITaskItem> written)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        if (File.Exists(full) && BytesEqual(File.ReadAllBytes(full), bytes))
        {
            Log.LogMessage(MessageImportance.High, "PiiGuard: data map up to date: {0}", full);
        }
        else
        {
            File.WriteAllBytes(full, bytes);
            Log.LogMessage(MessageImportance.High, "PiiGuard: data map written to {0}", full);
        }

        written.Add(new TaskItem(full));
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
}
