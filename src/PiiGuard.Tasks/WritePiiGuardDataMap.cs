using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PiiGuard.Tasks;

/// <summary>
/// Writes the data map that PiiGuard's flow analyzer handed to the build (the map file <c>obj/…/piiguard.map</c>, or
/// without one the PII0990 result of the compiler's error log, see <see cref="DataMapEnvelope"/>) to Markdown and JSON, computes the exports from the JSON
/// (<see cref="InventoryExports"/>: two CSV sheets and a fides manifest), and prints the one-line build summary. A file
/// is rewritten only when its content changes; a file PiiGuard did not write is never overwritten; every problem is an
/// MSBuild error with a PIIGxxx code, never an exception.
/// </summary>
public sealed class WritePiiGuardDataMap : Task
{
    /// <summary>Where to write the Markdown data map.</summary>
    [Required]
    public string MarkdownPath { get; set; } = string.Empty;

    /// <summary>Where to write the JSON data map; empty to skip it.</summary>
    public string JsonPath { get; set; } = string.Empty;

    /// <summary>Where to write the items sheet; empty to skip it.</summary>
    public string ItemsCsvPath { get; set; } = string.Empty;

    /// <summary>Where to write the processing-activities sheet; empty to skip it.</summary>
    public string ActivitiesCsvPath { get; set; } = string.Empty;

    /// <summary>Where to write the fides manifest; empty to skip it.</summary>
    public string FidesPath { get; set; } = string.Empty;

    /// <summary>The project folder: relative paths are relative to it, and the summary names files relative to it.</summary>
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>
    /// The file the flow analyzer wrote the data map to at the end of the compilation (<c>_PiiGuardMapFile</c>), with
    /// discovery's suggestion count when the build has no error log.
    /// </summary>
    public string MapFile { get; set; } = string.Empty;

    /// <summary>
    /// The compiler's SARIF log (<c>ErrorLog</c>, without its <c>,version=</c> suffix), when the build writes one: the
    /// summary's counts of findings and suggestions (and the data map, PII0990, when there is no map file).
    /// </summary>
    public string SarifPath { get; set; } = string.Empty;

    /// <summary>
    /// <c>PiiGuardDataMapCheck</c>: write nothing; fail (PIIG008) with a summary of what changed when a committed output
    /// differs from what the code produces.
    /// </summary>
    public bool Check { get; set; }

    /// <summary>Print the one-line summary (<c>PiiGuardSummary</c>).</summary>
    public bool Summary { get; set; } = true;

    /// <summary>The files written or confirmed up to date.</summary>
    [Output]
    public ITaskItem[] Written { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        var results = ReadLog();
        var (markdown, json, suggestions) = MapFile.Length > 0 ? ReadMapFile() : ReadMap(results);
        if (Log.HasLoggedErrors)
        {
            return false;
        }

        var findings = CountFindings(results) ?? (suggestions is { } counted ? new Findings(null, counted) : null);
        if (markdown is null)
        {
            // No declarations: nothing to write (the log of each compilation is written anew, so no stale map is read).
            if (Summary)
            {
                Log.LogMessage(MessageImportance.High, NothingMarked(findings));
            }

            return true;
        }

        var outputs = new List<Output> { new("PiiGuardDataMapPath", MarkdownPath, OutputFiles.NamesPiiGuard, markdown) };
        InventoryExports.DataMap? map = null;
        if (json is not null)
        {
            if (JsonPath.Length > 0)
            {
                outputs.Add(new Output("PiiGuardDataMapJsonPath", JsonPath, OutputFiles.NamesPiiGuard, json));
            }

            try
            {
                map = InventoryExports.Parse(json);
            }
            catch (FormatException e)
            {
                Error(new OutputProblem(OutputFiles.Damaged, $"PiiGuard: cannot compute the exports from the data map in {(MapFile.Length > 0 ? MapFile : SarifPath)}: {e.Message}; rebuild the project."));
                return false;
            }

            AddExport(outputs, "PiiGuardDataMapItemsCsvPath", ItemsCsvPath, OutputFiles.StartsWithHeader(InventoryExports.ItemColumns), map, InventoryExports.ItemsCsv);
            AddExport(outputs, "PiiGuardDataMapActivitiesCsvPath", ActivitiesCsvPath, OutputFiles.StartsWithHeader(InventoryExports.ActivityColumns), map, InventoryExports.ActivitiesCsv);
            AddExport(outputs, "PiiGuardDataMapFidesPath", FidesPath, OutputFiles.NamesPiiGuard, map, InventoryExports.FidesYaml);
        }

        // Resolve every path first, and refuse two outputs on one file (a Markdown path ending in .json would
        // otherwise be overwritten by the JSON) before anything is written.
        foreach (var output in outputs)
        {
            if (OutputFiles.Resolve(output.Property, output.Path, ProjectDirectory, out var full) is { } problem)
            {
                Error(problem);
            }

            output.Full = full;
        }

        if (!Log.HasLoggedErrors && OutputFiles.Collision(outputs.Select(o => (o.Property, o.Full)).ToList()) is { } collision)
        {
            Error(collision);
        }

        if (Log.HasLoggedErrors)
        {
            return false;
        }

        if (Check)
        {
            // The drift gate: compare, never write.
            foreach (var output in outputs)
            {
                if (DataMapCheck.Compare(output.Property, output.Full, OutputFiles.Display(output.Full, ProjectDirectory), output.Content) is { } stale)
                {
                    Error(stale);
                }
            }

            if (!Log.HasLoggedErrors && Summary && map is not null)
            {
                Log.LogMessage(MessageImportance.High, Line(map, findings, OutputFiles.Display(outputs[0].Full, ProjectDirectory), changed: false) + " — checked");
            }

            return !Log.HasLoggedErrors;
        }

        // Every path is checked (a folder, a parent that is a file, a file PiiGuard did not write) before any is
        // written, so a wrong path leaves no half-written set of files.
        var contents = outputs.Select(o => OutputFiles.Utf8.GetBytes(o.Content)).ToList();
        for (var i = 0; i < outputs.Count; i++)
        {
            if (OutputFiles.Check(outputs[i].Property, outputs[i].Full, contents[i], outputs[i].IsOurs) is { } problem)
            {
                Error(problem);
            }
        }

        if (Log.HasLoggedErrors)
        {
            return false;
        }

        var written = new List<ITaskItem>();
        var changedAny = false;
        for (var i = 0; i < outputs.Count; i++)
        {
            var output = outputs[i];
            if (OutputFiles.Write(output.Property, output.Full, contents[i], output.IsOurs, out var changed) is { } problem)
            {
                Error(problem);
                continue;
            }

            changedAny |= changed;
            Log.LogMessage(MessageImportance.Normal, changed ? "PiiGuard: wrote {0}" : "PiiGuard: up to date: {0}", output.Full);
            written.Add(new TaskItem(output.Full));
        }

        Written = written.ToArray();
        if (Log.HasLoggedErrors)
        {
            return false;
        }

        if (Summary && map is not null)
        {
            Log.LogMessage(MessageImportance.High, Line(map, findings, OutputFiles.Display(outputs[0].Full, ProjectDirectory), changedAny));
        }

        return true;
    }

    /// <summary>
    /// The summary line of a build with a map, e.g. <c>PiiGuard: 10 items, 19 flows, 3 findings, 1 gap → docs/data-map.md</c>.
    /// </summary>
    internal static string Line(InventoryExports.DataMap map, Findings? findings, string where, bool changed)
    {
        var parts = new List<string> { Count(map.Items.Count, "item") };
        if (map.FlowsComputed)
        {
            parts.Add(Count(map.Flows, "flow"));
        }

        if (findings?.Warnings is { } warnings)
        {
            parts.Add(Count(warnings, "finding"));
        }

        parts.Add(Count(InventoryExports.Gaps(map), "gap"));
        var line = "PiiGuard: " + string.Join(", ", parts) + " → " + where + (changed ? string.Empty : " (up to date)");
        return findings is { Suggestions: > 0 }
            ? line + "; " + Count(findings.Suggestions, "unmarked member") + " look" + (findings.Suggestions == 1 ? "s" : string.Empty) + " like personal data (PII0008)"
            : line;
    }

    /// <summary>The summary line of a build where nothing is marked: how much looks like personal data, and the command that marks it.</summary>
    internal static string NothingMarked(Findings? findings) => findings switch
    {
        null => "PiiGuard: nothing is marked as personal data yet, so no data map was written.",
        { Suggestions: 0 } => "PiiGuard: nothing is marked as personal data, and no member looks like it; no data map was written.",
        _ => $"PiiGuard: nothing is marked as personal data yet; {findings.Suggestions.ToString(CultureInfo.InvariantCulture)} " +
             (findings.Suggestions == 1 ? "member looks" : "members look") +
             " like it (PII0008). Mark them: dotnet format analyzers --diagnostics PII0008 --severity info",
    };

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    // The compiler's log of this compilation, or null when there is none (or it cannot be read).
    private List<SarifResult>? ReadLog()
    {
        if (SarifPath.Length == 0 || OutputFiles.Resolve("ErrorLog", SarifPath, ProjectDirectory, out var sarif) is not null || !File.Exists(sarif))
        {
            Log.LogMessage(MessageImportance.Low, "PiiGuard: no compiler log to read the data map from ({0}).", SarifPath.Length == 0 ? "ErrorLog is not set" : SarifPath + " does not exist");
            return null;
        }

        try
        {
            return SarifLog.Read(sarif).ToList();
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            Error(new OutputProblem(OutputFiles.Damaged, $"PiiGuard: the compiler log {SarifPath} cannot be read ({e.Message}); rebuild the project."));
            return null;
        }
    }

    // The documents the flow analyzer wrote at the end of the compilation, and discovery's count when it was asked to
    // count; no documents when nothing is declared.
    private (string? Markdown, string? Json, int? Suggestions) ReadMapFile()
    {
        string[] lines;
        if (OutputFiles.Resolve("_PiiGuardMapFile", MapFile, ProjectDirectory, out var full) is not null || !File.Exists(full))
        {
            Log.LogMessage(MessageImportance.Low, "PiiGuard: the analyzer wrote no data map file ({0}).", MapFile);
            return (null, null, null);
        }

        try
        {
            lines = File.ReadAllLines(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error(new OutputProblem(OutputFiles.Damaged, $"PiiGuard: the data map file {MapFile} cannot be read ({e.Message}); rebuild the project."));
            return (null, null, null);
        }

        if (lines.Length == 0 || lines[0] != DataMapEnvelope.FileHeader)
        {
            Error(new OutputProblem(OutputFiles.Damaged, $"PiiGuard: the data map file {MapFile} is not one this version of PiiGuard writes; rebuild the project."));
            return (null, null, null);
        }

        int? suggestions = null;
        foreach (var line in lines)
        {
            if (line.StartsWith(DataMapEnvelope.SuggestionsPrefix, StringComparison.Ordinal) &&
                int.TryParse(line.Substring(DataMapEnvelope.SuggestionsPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                suggestions = count;
            }
        }

        return Decode(lines, MapFile, suggestions);
    }

    // The documents the flow analyzer reported at the end of the compilation (PII0990); none when nothing is declared.
    private (string? Markdown, string? Json, int? Suggestions) ReadMap(List<SarifResult>? results)
    {
        var envelope = results?.FirstOrDefault(r => r.RuleId == SarifLog.DataMapRuleId)?.Property(DataMapEnvelope.Property);
        if (envelope is null)
        {
            Log.LogMessage(MessageImportance.Low, "PiiGuard: no data map was reported in {0}.", SarifPath);
            return (null, null, null);
        }

        return Decode(envelope.Split('\n'), SarifPath, null);
    }

    private (string? Markdown, string? Json, int? Suggestions) Decode(IEnumerable<string> lines, string where, int? suggestions)
    {
        try
        {
            var (markdown, json) = DataMapEnvelope.Decode(lines);
            return (markdown, json, suggestions);
        }
        catch (FormatException e)
        {
            Error(new OutputProblem(OutputFiles.Damaged, $"PiiGuard: the data map in {where} cannot be read ({e.Message}); rebuild the project."));
            return (null, null, null);
        }
    }

    // PiiGuard's warnings, and the members discovery says look like personal data.
    private static Findings? CountFindings(List<SarifResult>? log)
    {
        if (log is null)
        {
            return null;
        }

        var results = log.Where(r => r.RuleId?.StartsWith("PII", StringComparison.Ordinal) == true && !r.Suppressed).ToList();
        return new Findings(
            results.Count(r => r.Level is "warning" or "error"),
            results.Count(r => r.RuleId == "PII0008"));
    }

    // An export whose path is empty (PiiGuardDataMapExports=false) is not computed at all.
    private static void AddExport(List<Output> outputs, string property, string path, Func<string, bool> isOurs, InventoryExports.DataMap map, Func<InventoryExports.DataMap, string> export)
    {
        if (path.Length > 0)
        {
            outputs.Add(new Output(property, path, isOurs, export(map)));
        }
    }

    private void Error(OutputProblem problem) =>
        Log.LogError(subcategory: null, errorCode: problem.Code, helpKeyword: null, file: null, lineNumber: 0, columnNumber: 0, endLineNumber: 0, endColumnNumber: 0, message: problem.Message);

    /// <summary>The counts the summary takes from the compiler's log, or (suggestions only) from the map file.</summary>
    internal sealed class Findings
    {
        public Findings(int? warnings, int suggestions)
        {
            Warnings = warnings;
            Suggestions = suggestions;
        }

        /// <summary>
        /// PiiGuard warnings and errors that were not suppressed (baselined ones are suppressed); unknown without an error
        /// log (the build's own output lists them).
        /// </summary>
        public int? Warnings { get; }

        /// <summary>PII0008: unmarked members that look like personal data.</summary>
        public int Suggestions { get; }
    }

    private sealed class Output
    {
        public Output(string property, string path, Func<string, bool> isOurs, string content)
        {
            Property = property;
            Path = path;
            IsOurs = isOurs;
            Content = content;
        }

        public string Property { get; }

        public string Path { get; }

        public Func<string, bool> IsOurs { get; }

        public string Content { get; }

        public string Full { get; set; } = string.Empty;
    }
}
