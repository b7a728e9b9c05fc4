using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;

namespace PiiGuard.Analyzers.Baseline;

/// <summary>
/// Suppresses exactly the diagnostics listed in <c>piiguard.baseline.txt</c>, so a legacy project starts green while
/// every new finding still reports. The file is written by <c>dotnet build -p:PiiGuardUpdateBaseline=true</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiBaselineSuppressor : DiagnosticSuppressor
{
    private static readonly ImmutableArray<SuppressionDescriptor> Descriptors = typeof(DiagnosticIds)
        .GetFields()
        .Select(f => (string)f.GetRawConstantValue()!)
        .OrderBy(id => id, StringComparer.Ordinal)
        .Select(id => new SuppressionDescriptor("PIIB" + id.Substring(3), id, "Accepted in the PiiGuard baseline (piiguard.baseline.txt)"))
        .ToImmutableArray();

    /// <inheritdoc />
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => Descriptors;

    /// <inheritdoc />
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var file = context.Options.AdditionalFiles.FirstOrDefault(f =>
            string.Equals(System.IO.Path.GetFileName(f.Path), BaselineKey.FileName, StringComparison.OrdinalIgnoreCase));
        if (file?.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.Lines)
        {
            var entry = line.ToString().Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                keys.Add(entry);
            }
        }

        if (keys.Count == 0)
        {
            return;
        }

        context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree is not { } tree)
            {
                continue;
            }

            var line = tree.GetText(context.CancellationToken).Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString();
            var key = BaselineKey.Create(diagnostic.Id, tree.FilePath, projectDirectory, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), line);
            if (keys.Contains(key) && Descriptors.FirstOrDefault(d => d.SuppressedDiagnosticId == diagnostic.Id) is { } descriptor)
            {
                context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
            }
        }
    }
}
