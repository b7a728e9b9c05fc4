using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Inventory;

/// <summary>
/// Runs the real inventory generator the way the compiler does, then the flow analyzer on its output (which renders the
/// data map and reports it as PII0990, as in a build), and reads back what they produced.
/// </summary>
internal static class InventoryTestHelper
{
    public static readonly string[] AllSteps =
    {
        TrackingNames.Declarations, TrackingNames.RecordProperties, TrackingNames.DerivedItems, TrackingNames.ExternalItems, TrackingNames.LocalItems, TrackingNames.ReferencedItems, TrackingNames.AssemblyFacts, TrackingNames.Destinations, TrackingNames.Stores,
        TrackingNames.Options, TrackingNames.Inventory,
    };

    public sealed record Result(GeneratorDriver Driver, Compilation Output, string Api, string Markdown, string Json);

    // The build properties each driver was made with: the analyzer runs with the same ones.
    private static readonly ConditionalWeakTable<GeneratorDriver, AnalyzerConfigOptionsProvider> Providers = new();

    public static Compilation Compile(IEnumerable<(string Path, string Text)> sources, params MetadataReference[] references) =>
        CSharpCompilation.Create(
            "Shop",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, TestProject.ParseOptions, path: "/src/" + s.Path)),
            TestReferences.Default.All.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(Dictionary<string, string>? buildProperties = null)
    {
        var properties = buildProperties ?? new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" };
        var provider = new TestOptionsProvider(properties);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new InventoryGenerator().AsSourceGenerator() },
            parseOptions: TestProject.ParseOptions,
            optionsProvider: provider,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        Providers.AddOrUpdate(driver, provider);
        return driver;
    }

    public static Result Run(Compilation compilation, GeneratorDriver? driver = null)
    {
        driver ??= Driver();
        var provider = Providers.TryGetValue(driver, out var known) ? known : new TestOptionsProvider(new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" });
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Providers.AddOrUpdate(driver, provider);
        Assert.Empty(diagnostics);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Generated code does not compile:\n" + string.Join("\n", errors));
        var generated = driver.GetRunResult().GeneratedTrees;
        var api = generated.SingleOrDefault(t => t.FilePath.EndsWith("PiiGuard.DataInventory.g.cs", StringComparison.Ordinal))?.ToString() ?? string.Empty;
        var (markdown, json) = Map(output, provider);
        return new Result(driver, output, api, markdown ?? string.Empty, json ?? string.Empty);
    }

    /// <summary>The data map the flow analyzer reports for <paramref name="compilation"/> (PII0990), as the build task reads it.</summary>
    public static (string? Markdown, string? Json) Map(Compilation compilation, AnalyzerConfigOptionsProvider provider)
    {
        var reported = Reported(compilation, provider).Where(d => d.Id == DiagnosticIds.DataMap).ToList();
        Assert.True(reported.Count <= 1, "more than one data map reported");
        return reported.Count == 0 ? (null, null) : DataMapEnvelope.Decode(reported[0].Properties[DataMapEnvelope.Property]!.Split('\n'));
    }

    /// <summary>Everything the flow analyzer reports on <paramref name="compilation"/>.</summary>
    public static ImmutableArray<Diagnostic> Reported(Compilation compilation, AnalyzerConfigOptionsProvider provider) =>
        compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PiiFlowAnalyzer()), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider))
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();
}
