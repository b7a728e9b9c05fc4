using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;

namespace PiiGuard.Analyzers.Baseline;

/// <summary>
/// Suppresses exactly the diagnostics listed in the baseline (<c>piiguard.baseline.txt</c>, or the file
/// <c>PiiGuardBaselinePath</c> names), so a legacy project starts green while every new finding still reports: a key
/// accepted once suppresses one diagnostic, so a copy-pasted leak reports. Suggestions (PII0008, PII0009) are never
/// suppressed. The file is written by <c>dotnet build -p:PiiGuardUpdateBaseline=true</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiBaselineSuppressor : DiagnosticSuppressor
{
    private static readonly ImmutableArray<SuppressionDescriptor> Descriptors = typeof(DiagnosticIds)
        .GetFields()
        .Select(f => (string)f.GetRawConstantValue()!)
        .Where(BaselineKey.IsBaselined)
        .OrderBy(id => id, StringComparer.Ordinal)
        .Select(id => new SuppressionDescriptor("PIIB" + id.Substring(3), id, "Accepted in the PiiGuard baseline (piiguard.baseline.txt)"))
        .ToImmutableArray();

    /// <inheritdoc />
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => Descriptors;

    /// <inheritdoc />
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        // The package's targets mark the baseline with PiiGuardBaseline="true" metadata, so a custom file name is found;
        // the default name is recognised as well (a hand-added AdditionalFiles item).
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var file = context.Options.AdditionalFiles.FirstOrDefault(f =>
                provider.GetOptions(f).TryGetValue(BaselineKey.MetadataKey, out var marked) && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase)) ??
            context.Options.AdditionalFiles.FirstOrDefault(f => string.Equals(System.IO.Path.GetFileName(f.Path), BaselineKey.FileName, StringComparison.OrdinalIgnoreCase));
        if (file?.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var remaining = BaselineKey.Parse(text.Lines.Select(l => l.ToString()));
        if (remaining.Count == 0)
        {
            return;
        }

        provider.GlobalOptions.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);

        // In source order, so which of several same-key diagnostics stays reported does not depend on analyzer timing.
        var candidates = context.ReportedDiagnostics
            .Where(d => d.Location.IsInSource && d.Location.SourceTree is not null && BaselineKey.IsBaselined(d.Id))
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
        foreach (var diagnostic in candidates)
        {
            var tree = diagnostic.Location.SourceTree!;
            var line = tree.GetText(context.CancellationToken).Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString();
            var key = BaselineKey.Create(diagnostic.Id, tree.FilePath, projectDirectory, diagnostic.GetMessage(CultureInfo.InvariantCulture), line);
            if (remaining.TryGetValue(key, out var count) && count > 0 &&
                Descriptors.FirstOrDefault(d => d.SuppressedDiagnosticId == diagnostic.Id) is { } descriptor)
            {
                remaining[key] = count - 1;
                context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
            }
        }
    }
}
