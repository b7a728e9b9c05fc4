using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PiiGuard.Tasks;

/// <summary>
/// Writes <c>piiguard.baseline.txt</c> from the compiler's SARIF log: one key per PiiGuard diagnostic of the build,
/// sorted, so the file reviews well as a diff. Read back by PiiGuard's suppressor.
/// </summary>
public sealed class WritePiiGuardBaseline : Task
{
    /// <summary>The SARIF 2.1 log the build wrote (<c>ErrorLog</c>).</summary>
    [Required]
    public string SarifPath { get; set; } = string.Empty;

    /// <summary>The baseline file to write.</summary>
    [Required]
    public string BaselinePath { get; set; } = string.Empty;

    /// <summary>The project directory; paths in the baseline are relative to it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!File.Exists(SarifPath))
        {
            Log.LogError("PiiGuard: no SARIF log at {0}; run 'dotnet build --no-incremental -p:PiiGuardUpdateBaseline=true' so the compiler runs.", SarifPath);
            return false;
        }

        SarifLog? log;
        using (var stream = File.OpenRead(SarifPath))
        {
            log = (SarifLog?)new DataContractJsonSerializer(typeof(SarifLog)).ReadObject(stream);
        }

        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var result in log?.Runs?.SelectMany(r => r.Results ?? new List<SarifResult>()) ?? Enumerable.Empty<SarifResult>())
        {
            var location = result.Locations?.FirstOrDefault()?.PhysicalLocation;
            if (result.RuleId is not { } id || !id.StartsWith("PII", StringComparison.Ordinal) || id.StartsWith("PIIB", StringComparison.Ordinal) ||
                location?.ArtifactLocation?.Uri is not { } uri || location.Region?.StartLine is not { } line)
            {
                continue;
            }

            var path = uri.StartsWith("file://", StringComparison.Ordinal) ? Uri.UnescapeDataString(new Uri(uri).LocalPath) : uri;
            if (!lines.TryGetValue(path, out var text))
            {
                lines[path] = text = File.Exists(path) ? File.ReadAllLines(path) : Array.Empty<string>();
            }

            var lineText = line - 1 < text.Length ? text[line - 1] : string.Empty;
            keys.Add(BaselineKey.Create(id, path, ProjectDirectory, result.Message?.Text ?? string.Empty, lineText));
        }

        var content = new StringBuilder()
            .Append("# PiiGuard baseline: diagnostics accepted when PiiGuard was adopted. New findings still report.\n")
            .Append("# Regenerate with: dotnet build --no-incremental -p:PiiGuardUpdateBaseline=true\n");
        foreach (var key in keys)
        {
            content.Append(key).Append('\n');
        }

        File.WriteAllText(BaselinePath, content.ToString(), new UTF8Encoding(false));
        Log.LogMessage(MessageImportance.High, "PiiGuard: baseline of {0} diagnostics written to {1}", keys.Count, BaselinePath);
        return true;
    }

    [DataContract]
    private sealed class SarifLog
    {
        [DataMember(Name = "runs")]
        public List<SarifRun>? Runs { get; set; }
    }

    [DataContract]
    private sealed class SarifRun
    {
        [DataMember(Name = "results")]
        public List<SarifResult>? Results { get; set; }
    }

    [DataContract]
    private sealed class SarifResult
    {
        [DataMember(Name = "ruleId")]
        public string? RuleId { get; set; }

        [DataMember(Name = "message")]
        public SarifMessage? Message { get; set; }

        [DataMember(Name = "locations")]
        public List<SarifLocation>? Locations { get; set; }
    }

    [DataContract]
    private sealed class SarifMessage
    {
        [DataMember(Name = "text")]
        public string? Text { get; set; }
    }

    [DataContract]
    private sealed class SarifLocation
    {
        [DataMember(Name = "physicalLocation")]
        public SarifPhysicalLocation? PhysicalLocation { get; set; }
    }

    [DataContract]
    private sealed class SarifPhysicalLocation
    {
        [DataMember(Name = "artifactLocation")]
        public SarifArtifact? ArtifactLocation { get; set; }

        [DataMember(Name = "region")]
        public SarifRegion? Region { get; set; }
    }

    [DataContract]
    private sealed class SarifArtifact
    {
        [DataMember(Name = "uri")]
        public string? Uri { get; set; }
    }

    [DataContract]
    private sealed class SarifRegion
    {
        [DataMember(Name = "startLine")]
        public int? StartLine { get; set; }
    }
}
