using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Declarations;

/// <summary>PII0901–PII0902: checks the MSBuild configuration PiiGuard reads.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiConfigurationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidHomeRegionProperty,
        DiagnosticDescriptors.ConflictingHomeRegion);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(static end =>
        {
            if (KnownTypes.TryCreate(end.Compilation) is not { } known ||
                !end.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ConfigurationKeys.HomeRegionProperty, out var property) ||
                string.IsNullOrWhiteSpace(property))
            {
                return;
            }

            var fromProperty = Regions.Normalize(property);
            if (fromProperty is null)
            {
                end.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidHomeRegionProperty, Location.None, property.Trim(), Regions.SuggestionFor(property)));
                return;
            }

            foreach (var attribute in end.Compilation.Assembly.GetAttributes())
            {
                if (!KnownTypes.Is(attribute.AttributeClass, known.PiiHomeRegion))
                {
                    continue;
                }

                var declared = AttributeArguments.String(AttributeArguments.Positional(attribute, 0));
                if (Regions.Normalize(declared) is { } fromAttribute && fromAttribute != fromProperty)
                {
                    var location = AttributeArguments.Syntax(attribute, end.CancellationToken)?.GetLocation() ?? Location.None;
                    end.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.ConflictingHomeRegion, location, fromAttribute, fromProperty));
                }
            }
        });
    }
}
