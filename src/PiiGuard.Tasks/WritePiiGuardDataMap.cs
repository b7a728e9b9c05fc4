using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PiiGuard.Tasks;

/// <summary>
/// Writes the data map that PiiGuard's generator compiled into an assembly (as constants of
/// <c>PiiGuard.Generated.PiiGuardDataMap</c>) to Markdown and JSON files. The assembly is read as metadata, never
/// loaded; a file is rewritten only when its content changes, so unchanged maps keep their timestamps.
/// </summary>
public sealed class WritePiiGuardDataMap : Task
{
    private const string Namespace = "PiiGuard.Generated";
    private const string TypeName = "PiiGuardDataMap";

    /// <summary>The compiled assembly (the intermediate assembly of the build).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

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
        if (!File.Exists(AssemblyPath))
        {
            Log.LogError("PiiGuard: cannot write the data map: {0} does not exist.", AssemblyPath);
            return false;
        }

        string? markdown = null;
        string? json = null;
        using (var stream = File.OpenRead(AssemblyPath))
        using (var pe = new PEReader(stream))
        {
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.TypeDefinitions)
            {
                var type = metadata.GetTypeDefinition(handle);
                if (metadata.GetString(type.Namespace) != Namespace || metadata.GetString(type.Name) != TypeName)
                {
                    continue;
                }

                foreach (var fieldHandle in type.GetFields())
                {
                    var field = metadata.GetFieldDefinition(fieldHandle);
                    var constantHandle = field.GetDefaultValue();
                    if (constantHandle.IsNil)
                    {
                        continue;
                    }

                    var constant = metadata.GetConstant(constantHandle);
                    if (constant.TypeCode != ConstantTypeCode.String)
                    {
                        continue;
                    }

                    var reader = metadata.GetBlobReader(constant.Value);
                    var value = reader.ReadUTF16(reader.Length);
                    switch (metadata.GetString(field.Name))
                    {
                        case "Markdown": markdown = value; break;
                        case "Json": json = value; break;
                    }
                }
            }
        }

        if (markdown is null)
        {
            Log.LogMessage(MessageImportance.Low, "PiiGuard: {0} declares no personal data; no data map written.", AssemblyPath);
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
