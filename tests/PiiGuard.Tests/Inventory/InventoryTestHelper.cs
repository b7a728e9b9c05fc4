using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Inventory;

/// <summary>Runs the real inventory generator the way the compiler does and reads back what it produced.</summary>
internal static class InventoryTestHelper
{
    public static readonly string[] AllSteps =
    {
        TrackingNames.Declarations, TrackingNames.RecordProperties, TrackingNames.DerivedItems, TrackingNames.ExternalItems, TrackingNames.LocalItems, TrackingNames.ReferencedItems, TrackingNames.AssemblyFacts, TrackingNames.Destinations, TrackingNames.Stores,
        TrackingNames.Options, TrackingNames.Flows, TrackingNames.Inventory, TrackingNames.Map,
    };

    public sealed record Result(GeneratorDriver Driver, Compilation Output, string Api, string Markdown, string Json);

    public static Compilation Compile(IEnumerable<(string Path, string Text)> sources, params MetadataReference[] references) =>
        CSharpCompilation.Create(
            "Shop",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, TestProject.ParseOptions, path: "/src/" + s.Path)),
            TestReferences.Default.All.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(Dictionary<string, string>? buildProperties = null)
    {
        var properties = buildProperties ?? new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" };
        return CSharpGeneratorDriver.Create(
            new[] { new InventoryGenerator().AsSourceGenerator() },
            parseOptions: TestProject.ParseOptions,
            optionsProvider: new TestOptionsProvider(properties),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static Result Run(Compilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? Driver()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Generated code does not compile:\n" + string.Join("\n", errors));
        var generated = driver.GetRunResult().GeneratedTrees;
        var api = generated.SingleOrDefault(t => t.FilePath.EndsWith("PiiGuard.DataInventory.g.cs", StringComparison.Ordinal))?.ToString() ?? string.Empty;
        var documents = generated.SingleOrDefault(t => t.FilePath.EndsWith(DataMapEnvelope.HintName, StringComparison.Ordinal));
        var (markdown, json) = documents is null
            ? (null, null)
            : DataMapEnvelope.Decode(documents.GetText().Lines.Select(l => l.ToString()));
        return new Result(driver, output, api, markdown ?? string.Empty, json ?? string.Empty);
    }
}
