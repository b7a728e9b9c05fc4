using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Tests.Infrastructure;
using PiiGuard.Tests.Inventory;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// In a command-line build the generator's flows step walks the bodies first (on the compilation without generated
/// files) and the flow analyzer then takes its diagnostics for each block instead of walking it again
/// (<see cref="FlowReuse"/>). These tests run the compiler's order — generator, then the analyzer on its output, the
/// same tree objects — and compare with the analyzer alone on freshly parsed trees (nothing to reuse): the diagnostics
/// must be identical, and a body that binds differently once another generator's output is there must be walked.
/// </summary>
public sealed class FlowReuseTests
{
    private static readonly Dictionary<string, string> Properties = new()
    {
        ["MSBuildProjectDirectory"] = "/src",
        ["PiiGuardHomeRegion"] = "EU",
    };

    [Fact]
    public async Task FlowTestCorpus_SameDiagnosticsWithAndWithoutTheFlowsStepFirst()
    {
        var snippets = FlowTestSnippets();
        Assert.True(snippets.Count > 150, "expected the flow tests' sources as corpus, found " + snippets.Count);
        var mismatches = new List<string>();
        long reused = 0, reported = 0;
        var notReused = new List<string>();
        foreach (var (name, code) in snippets)
        {
            var c0 = Compile(("Test0.cs", FlowTest.Usings + code), ("Models.cs", FlowTest.Models));
            var (withReuse, fresh, count) = await RunBothWays(c0, InventoryTestHelper.Driver(Properties));
            reused += count;
            reported += fresh.Count;
            if (fresh.Count > 0 && count == 0)
            {
                notReused.Add(name);
            }

            if (!withReuse.SequenceEqual(fresh))
            {
                mismatches.Add(name + ":\n  reused: " + string.Join("\n          ", withReuse) + "\n  fresh:  " + string.Join("\n          ", fresh));
            }
        }

        Assert.True(mismatches.Count == 0, mismatches.Count + " of " + snippets.Count + " sources differ:\n" + string.Join("\n", mismatches.Take(5)));
        Assert.True(reported > 100, "the corpus should produce findings, got " + reported);
        // A record's primary constructor with base arguments is a code block the flows step does not record (walked by the
        // analyzer as before); everything else with a finding comes from the flows step's walk.
        Assert.True(notReused.Count * 20 < snippets.Count, "reused " + reused + " blocks; nothing reused for " + notReused.Count + " sources with findings: " + string.Join(", ", notReused));
    }

    [Theory]
    [InlineData("DreamPairsShop")]
    [InlineData("SolaxCloud")]
    public async Task Samples_SameDiagnosticsWithAndWithoutTheFlowsStepFirst(string sample)
    {
        var folder = RepoPaths.Combine("samples", sample);
        var sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) &&
                        !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(folder, p), File.ReadAllText(p)))
            .Append(("GlobalUsings.cs", "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks; global using Microsoft.Extensions.Logging;"))
            .ToArray();
        var c0 = Compile(sources);
        var (withReuse, fresh, count) = await RunBothWays(c0, InventoryTestHelper.Driver(Properties));
        Assert.NotEmpty(fresh);
        Assert.Equal(fresh, withReuse);
        Assert.True(count > 0, "nothing reused");

        // PiiGuard's own generated API adds nothing to relevance: the analyzer's compilation (C1) selects the same bodies as
        // the generator's (C0), so the whole compilation's results are usable.
        InventoryTestHelper.Driver(Properties).RunGeneratorsAndUpdateCompilation(c0, out var c1, out _);
        Assert.Contains(c1.SyntaxTrees, t => t.FilePath.EndsWith("PiiGuard.DataInventory.g.cs", StringComparison.Ordinal));
        var pii = c1.GetTypeByMetadataName("PiiGuard.PiiAttribute")!;
        var options = new FlowOptionsCache(new TestOptionsProvider(Properties));
        var r0 = PiiRelevance.Compute(c0, pii, default, options);
        var r1 = PiiRelevance.Compute(c1, pii, default, options);
        Assert.Equal(r0.Names.OrderBy(n => n, StringComparer.Ordinal), r1.Names.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(r0.SinkNames.OrderBy(n => n, StringComparer.Ordinal), r1.SinkNames.OrderBy(n => n, StringComparer.Ordinal));
        Assert.NotNull(FlowReuse.For(c1, r1, "EU", audit: false, default));

        // The analyzer of C1 takes the flows step's relevance instead of computing it again, and its answers for the
        // blocks the flows step set aside: with the same sets, IsRelevant says the same of the same syntax.
        var recorded = FlowReuse.RecordedRelevance(c1, "EU", audit: false, default);
        Assert.NotNull(recorded);
        Assert.Equal(r1.Names.OrderBy(n => n, StringComparer.Ordinal), recorded!.Names.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Null(FlowReuse.RecordedRelevance(c1, "US", audit: false, default));
        Assert.Null(FlowReuse.RecordedRelevance(c1, "EU", audit: true, default));
        Assert.Null(FlowReuse.RecordedRelevance(c1.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Extra { }", TestProject.ParseOptions, "Extra.cs")), "EU", audit: false, default));
        var scope = FlowReuse.For(c1, recorded, "EU", audit: false, default)!;
        var blocks = c0.SyntaxTrees.SelectMany(t => FlowBodies.CodeBlocks(t.GetRoot())).ToList();
        var setAside = blocks.Where(scope.KnownIrrelevant).ToList();
        Assert.NotEmpty(setAside);
        Assert.All(setAside, b => Assert.False(r1.IsRelevant(b)));
        Assert.Contains(blocks, b => !scope.KnownIrrelevant(b) && r1.IsRelevant(b));
    }

    [Fact]
    public void FlowsStep_BindsWithoutNullableAnalysis_WhereRoslynOffersIt()
    {
        // The test host's Roslyn has SemanticModelOptions.DisableNullableAnalysis, so the corpus tests above compare the
        // analyzer's walk (nullable analysis on) with the flows step's (off).
        Assert.True(FlowAnalysis.CanSkipNullableAnalysis);
        var compilation = Compile(("Test0.cs", FlowTest.Usings + "class S { string? M(string? s) => s; }"));
        var tree = compilation.SyntaxTrees.First();
        var model = FlowAnalysis.WithoutNullableAnalysis(compilation, tree);
        Assert.Same(tree, model.SyntaxTree);
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        Assert.NotNull(model.GetOperation(method));
    }

    [Fact]
    public async Task OwnGeneratedApi_AddsNothingToRelevance()
    {
        // The run-time API's members are written with global::PiiGuard.Inventory.…: with a data name "Inventory" in the
        // code base, its Storage/Flows/… members would become data names of the analyzer's compilation only.
        var c0 = Compile(("Test0.cs", FlowTest.Usings + """
            class Shop
            {
                public Customer Inventory { get; set; } = new();

                void Run(ILogger logger) => logger.LogInformation("{Email}", Inventory.Email);
            }
            """), ("Models.cs", FlowTest.Models));
        InventoryTestHelper.Driver(Properties).RunGeneratorsAndUpdateCompilation(c0, out var c1, out _);
        Assert.Contains(c1.SyntaxTrees, t => t.FilePath.EndsWith("PiiGuard.DataInventory.g.cs", StringComparison.Ordinal));
        var pii = c1.GetTypeByMetadataName("PiiGuard.PiiAttribute")!;
        var options = new FlowOptionsCache(new TestOptionsProvider(Properties));
        var r0 = PiiRelevance.Compute(c0, pii, default, options);
        var r1 = PiiRelevance.Compute(c1, pii, default, options);
        Assert.Contains("Inventory", r1.Names);
        Assert.Equal(r0.Names.OrderBy(n => n, StringComparer.Ordinal), r1.Names.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(r0.SinkNames.OrderBy(n => n, StringComparer.Ordinal), r1.SinkNames.OrderBy(n => n, StringComparer.Ordinal));
        Assert.NotNull(FlowReuse.For(c1, r1, "EU", audit: false, default));

        var (withReuse, fresh, count) = await RunBothWays(c0, InventoryTestHelper.Driver(Properties));
        Assert.Single(fresh);
        Assert.Equal(fresh, withReuse);
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task BodyCallingAMemberAnotherGeneratorAdds_IsWalkedAgain()
    {
        // C0 lacks Masking.Carry (an invalid operation there); with the other generator's output it passes the e-mail
        // through to the log. Reusing C0's result would lose the finding.
        var c0 = Compile(("Test0.cs", FlowTest.Usings + """
            public static partial class Masking { }

            class Service
            {
                void Run(ILogger logger, Customer c) => logger.LogInformation("{Email}", Masking.Carry(c.Email));
            }
            """), ("Models.cs", FlowTest.Models));
        var generated = "public static partial class Masking { public static string Carry(string value) => value; }";
        var (withReuse, fresh, _) = await RunBothWays(c0, Driver(generated));
        var alone = await Analyze(c0);
        Assert.Contains(fresh, d => d.StartsWith("PII0101", StringComparison.Ordinal));
        Assert.NotEqual(alone, fresh);
        Assert.Equal(fresh, withReuse);
    }

    [Fact]
    public async Task BodyCallingAnOverloadAnotherGeneratorAdds_IsWalkedAgain()
    {
        // No error in C0: Mask(object) hides the value. The other generator adds a better overload, Mask(string), that
        // hands it back, so in the analyzer's compilation the e-mail reaches the log.
        var c0 = Compile(("Test0.cs", FlowTest.Usings + """
            public static partial class Masking
            {
                public static string Mask(object value) => "***";
            }

            class Service
            {
                void Run(ILogger logger, Customer c) => logger.LogInformation("{Email}", Masking.Mask(c.Email));
            }
            """), ("Models.cs", FlowTest.Models));
        var generated = "public static partial class Masking { public static string Mask(string value) => value; }";
        var (withReuse, fresh, _) = await RunBothWays(c0, Driver(generated));
        var alone = await Analyze(c0);
        Assert.Contains(fresh, d => d.StartsWith("PII0101", StringComparison.Ordinal));
        Assert.DoesNotContain(alone, d => d.StartsWith("PII0101", StringComparison.Ordinal));
        Assert.Equal(fresh, withReuse);
    }

    [Fact]
    public async Task PartialMethodAnotherGeneratorImplements_IsWalkedAgain()
    {
        var c0 = Compile(("Test0.cs", FlowTest.Usings + """
            public static partial class Masking
            {
                public static partial string Keep(string value);
            }

            class Service
            {
                void Run(ILogger logger, Customer c) => logger.LogInformation("{Email}", Masking.Keep(c.Email));
            }
            """), ("Models.cs", FlowTest.Models));
        var generated = "public static partial class Masking { public static partial string Keep(string value) => value; }";
        var (withReuse, fresh, _) = await RunBothWays(c0, Driver(generated));
        Assert.Equal(fresh, withReuse);
    }

    [Fact]
    public async Task UnrelatedBodies_StillReused_WhenAnotherGeneratorAddsCode()
    {
        var c0 = Compile(("Test0.cs", FlowTest.Usings + """
            public static partial class Masking { }

            class Service
            {
                void Run(ILogger logger, Customer c) => logger.LogInformation("{Email}", c.Email);
            }
            """), ("Models.cs", FlowTest.Models));
        var generated = "public static partial class Masking { public static string Carry(string value) => value; }";
        var (withReuse, fresh, count) = await RunBothWays(c0, Driver(generated));
        Assert.Single(fresh);
        Assert.Equal(fresh, withReuse);
        Assert.True(count >= 1, "the body names nothing the other generator adds and should be reused");
    }

    [Fact]
    public async Task AuditMode_NeverReuses()
    {
        var c0 = Compile(("Test0.cs", FlowTest.Usings + """
            class Service
            {
                void Run(ILogger logger, Customer c) => logger.LogInformation("{Email}", c.Email);
            }
            """), ("Models.cs", FlowTest.Models));
        var properties = new Dictionary<string, string>(Properties) { ["PiiGuardAudit"] = "true" };
        var driver = InventoryTestHelper.Driver(properties);
        driver.RunGeneratorsAndUpdateCompilation(c0, out var c1, out _);
        var before = FlowReuse.Reused;
        var diagnostics = await Analyze(c1, properties);
        Assert.Single(diagnostics);
        Assert.Equal(before, FlowReuse.Reused);
    }

    private static GeneratorDriver Driver(string generatedSource) => CSharpGeneratorDriver.Create(
        new[] { new InventoryGenerator().AsSourceGenerator(), new AddsSource(generatedSource).AsSourceGenerator() },
        parseOptions: TestProject.ParseOptions,
        optionsProvider: new TestOptionsProvider(Properties));

    // C0 → generators → C1 (the compiler's order, the same tree objects), analyzer on C1; then the analyzer on a copy
    // of C1 whose trees are parsed again (so nothing of the flows step applies).
    private static async Task<(List<string> WithReuse, List<string> Fresh, long Reused)> RunBothWays(Compilation c0, GeneratorDriver driver)
    {
        driver.RunGeneratorsAndUpdateCompilation(c0, out var c1, out _);
        var before = FlowReuse.Reused;
        var withReuse = await Analyze(c1);
        var count = FlowReuse.Reused - before;
        var reparsed = c1.RemoveAllSyntaxTrees().AddSyntaxTrees(c1.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)));
        var fresh = await Analyze(reparsed);
        return (withReuse, fresh, count);
    }

    private static async Task<List<string>> Analyze(Compilation compilation, Dictionary<string, string>? properties = null)
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestOptionsProvider(properties ?? Properties));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PiiFlowAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(Describe).OrderBy(d => d, StringComparer.Ordinal).ToList();
    }

    private static string Describe(Diagnostic d) =>
        $"{d.Id} {d.Location.SourceTree?.FilePath}{d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} " +
        string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)) + " " +
        string.Join(";", d.AdditionalLocations.Select(l => l.SourceSpan.ToString()));

    private static Compilation Compile(params (string Path, string Text)[] sources) => InventoryTestHelper.Compile(sources);

    // Every source the flow tests hand FlowTest.VerifyAsync/Create, markup removed.
    private static List<(string Name, string Code)> FlowTestSnippets()
    {
        var markup = new Regex(@"\{\|[^:|]*:|\|\}|\[\||\|\]", RegexOptions.CultureInvariant);
        var result = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Combine("tests", "PiiGuard.Tests", "Analyzers", "Flow"), "*.cs").OrderBy(f => f, StringComparer.Ordinal))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var called = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "FlowTest" } } access => access.Name.Identifier.ValueText,
                    IdentifierNameSyntax name => name.Identifier.ValueText,
                    _ => null,
                };
                if (called is "VerifyAsync" or "Create" &&
                    invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal &&
                    literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    var line = invocation.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    result.Add((Path.GetFileName(file) + ":" + line, markup.Replace(literal.Token.ValueText, string.Empty)));
                }
            }
        }

        return result;
    }

    private sealed class AddsSource : IIncrementalGenerator
    {
        private readonly string source;

        public AddsSource(string source) => this.source = source;

        // A source output (not post-initialization, which every generator would see): like System.Text.Json's or
        // [LoggerMessage]'s, the code is missing from the compilation PiiGuard's generator walks.
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (output, _) => output.AddSource("Other.g.cs", source));
    }
}
