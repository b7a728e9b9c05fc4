using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Tests.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Inventory;

/// <summary>
/// The data map comes from the flow analyzer (PII0990): the generator walks no body, the analyzer records every flow
/// while it reports and renders the map once the compilation has been analysed. These tests run the compiler's order —
/// generators first, then the analyzer on their output — and check what that design promises.
/// </summary>
public sealed class DataMapFromAnalyzerTests
{
    private static readonly Dictionary<string, string> Properties = new()
    {
        ["MSBuildProjectDirectory"] = "/src",
        ["PiiGuardHomeRegion"] = "EU",
    };

    private const string Service = """
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                logger.LogInformation("{Email}", c.Email);
                logger.LogInformation("{Name}", c.Name);
                logger.LogInformation("{Street}", c.ShippingAddress.Street);
            }
        }
        """;

    [Fact]
    public void NothingDeclared_NoMapReported_NoGeneratedCode()
    {
        var compilation = InventoryTestHelper.Compile(new[] { ("Plain.cs", FlowTest.Usings + "class Plain { void Run(ILogger logger, string email) => logger.LogInformation(\"{Email}\", email); }") });
        var properties = new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" };
        var result = InventoryTestHelper.Run(compilation, InventoryTestHelper.Driver(properties));
        Assert.Empty(result.Driver.GetRunResult().GeneratedTrees);
        Assert.Equal(string.Empty, result.Markdown);
        Assert.Empty(InventoryTestHelper.Reported(result.Output, new TestOptionsProvider(properties)));

        // A home region alone is a declaration: the map states it.
        Assert.Single(InventoryTestHelper.Reported(result.Output, new TestOptionsProvider(Properties)), d => d.Id == DiagnosticIds.DataMap);
    }

    [Fact]
    public void AppThatOnlyReferencesAMarkedLibrary_GetsAMapOfTheLibrarysItems()
    {
        // Nothing in the application's own text names PiiGuard: its references declare the items.
        var library = TestProject.CompileLibrary("""
            namespace Shop.Models;
            public class Shopper
            {
                [PiiGuard.Pii(PiiGuard.Category.Contact, Purpose = PiiGuard.Purpose.ServiceDelivery)]
                public string Email { get; set; } = "";
            }
            """, "Shop.Models");
        var result = InventoryTestHelper.Run(InventoryTestHelper.Compile(new[] { ("App.cs", "class App { string Mail(Shop.Models.Shopper s) => s.Email; }") }, library));
        Assert.Contains("Shopper.Email (Shop.Models)", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_IsTheSameWhateverOrderTheBlocksRunIn()
    {
        var compilation = Compile(("Service.cs", FlowTest.Usings + Service), ("More.cs", FlowTest.Usings + Service.Replace("class Service", "class Other", StringComparison.Ordinal)));
        var provider = new TestOptionsProvider(Properties);
        var sequential = Envelope(compilation, provider, concurrent: false);
        Assert.Contains("Customer.Email", DataMapEnvelope.Decode(sequential.Split('\n')).Markdown!, StringComparison.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(sequential, Envelope(compilation, provider, concurrent: true));
        }
    }

    [Fact]
    public void AuditMode_MapHoldsOnlyDeclaredData()
    {
        var code = FlowTest.Usings + Service + """
            class Prospect { public string PhoneNumber { get; set; } = ""; }
            class Calls { void Run(ILogger logger, Prospect p) => logger.LogInformation("{Phone}", p.PhoneNumber); }
            """;
        var compilation = Compile(("Service.cs", code));
        var audit = new Dictionary<string, string>(Properties) { ["PiiGuardAudit"] = "true" };
        Assert.Contains(InventoryTestHelper.Reported(compilation, new TestOptionsProvider(audit)), d => d.Id == "PII0601");
        var withAudit = InventoryTestHelper.Map(compilation, new TestOptionsProvider(audit));
        var without = InventoryTestHelper.Map(compilation, new TestOptionsProvider(Properties));
        Assert.Equal(without, withAudit);
        Assert.DoesNotContain("PhoneNumber", withAudit.Markdown!, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeAnotherGeneratorAdds_ItsFlowsAreInTheMap()
    {
        // Another generator's output (like [LoggerMessage]'s or System.Text.Json's) is in the compilation the analyzer
        // sees: a flow through it is in the map exactly as it is reported.
        var compilation = Compile(("Service.cs", FlowTest.Usings + """
            class Service
            {
                void Run(ILogger logger, Customer c) => AuditLog.Write(logger, c.Email);
            }
            """));
        var driver = CSharpGeneratorDriver.Create(
            new[] { new AddsSource(FlowTest.Usings + "static class AuditLog { public static void Write(ILogger logger, string text) => logger.LogInformation(\"{Text}\", text); }").AsSourceGenerator(), new InventoryGenerator().AsSourceGenerator() },
            parseOptions: TestProject.ParseOptions,
            optionsProvider: new TestOptionsProvider(Properties));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var provider = new TestOptionsProvider(Properties);
        Assert.Contains(InventoryTestHelper.Reported(output, provider), d => d.Id == "PII0101");
        var (markdown, _) = InventoryTestHelper.Map(output, provider);
        Assert.Contains("| Customer.Email |", markdown!, StringComparison.Ordinal);
        Assert.Contains("Service.Run", markdown!, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnGeneratedApi_AddsNothingToRelevance()
    {
        // The run-time API's members are written with global::PiiGuard.Inventory.…: with a data name "Inventory" in the
        // code base, its Storage/Flows/… members would otherwise become data names of the analyzer's compilation.
        var c0 = Compile(("Test0.cs", FlowTest.Usings + """
            class Shop
            {
                public Customer Inventory { get; set; } = new();

                void Run(ILogger logger) => logger.LogInformation("{Email}", Inventory.Email);
            }
            """));
        InventoryTestHelper.Driver(Properties).RunGeneratorsAndUpdateCompilation(c0, out var c1, out _);
        Assert.Contains(c1.SyntaxTrees, t => t.FilePath.EndsWith("PiiGuard.DataInventory.g.cs", StringComparison.Ordinal));
        var pii = c1.GetTypeByMetadataName("PiiGuard.PiiAttribute")!;
        var options = new FlowOptionsCache(new TestOptionsProvider(Properties));
        var r0 = PiiRelevance.Compute(c0, pii, default, options);
        var r1 = PiiRelevance.Compute(c1, pii, default, options);
        Assert.Contains("Inventory", r1.Names);
        Assert.Equal(r0.Names.OrderBy(n => n, StringComparer.Ordinal), r1.Names.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(r0.SinkNames.OrderBy(n => n, StringComparer.Ordinal), r1.SinkNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    private static Compilation Compile(params (string Path, string Text)[] sources) =>
        InventoryTestHelper.Compile(sources.Append(("Models.cs", FlowTest.Models)));

    private static string Envelope(Compilation compilation, AnalyzerConfigOptionsProvider provider, bool concurrent)
    {
        var reported = compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PiiFlowAnalyzer()), new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider), null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return Assert.Single(reported, d => d.Id == DiagnosticIds.DataMap).Properties[DataMapEnvelope.Property]!;
    }

    private sealed class AddsSource : IIncrementalGenerator
    {
        private readonly string source;

        public AddsSource(string source) => this.source = source;

        // A source output (not post-initialization, which every generator would see).
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (output, _) => output.AddSource("Other.g.cs", source));
    }
}
