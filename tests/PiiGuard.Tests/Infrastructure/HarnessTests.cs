using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using PiiGuard.Analyzers.Declarations;
using Xunit;
using Xunit.Sdk;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Declarations.PiiDeclarationAnalyzer>;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>The harness must fail where it should; a harness that cannot fail proves nothing.</summary>
public sealed class HarnessTests
{
    private const string Unmarked = """
        using PiiGuard;
        public class Customer
        {
            [Pii(Category.Contact)]
            public string Email { get; set; } = "";
        }
        """;

    [Fact]
    public void Markup_ParsesNestedSpansAndKeys()
    {
        // The package's parser: "" is [|…|], an ID is {|PII0001:…|}, "#3" is the location {|#3:…|}.
        TestFileMarkupParser.GetSpans("a[|b{|PII0001:c|}|]d{|#3:e|}", out var source, out ImmutableDictionary<string, ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan>> spans);
        Assert.Equal("abcde", source);
        Assert.Equal(3, spans.Values.Sum(s => s.Length));
        Assert.Equal("c", source.Substring(spans["PII0001"].Single().Start, spans["PII0001"].Single().Length));
        Assert.Equal("bc", source.Substring(spans[string.Empty].Single().Start, spans[string.Empty].Single().Length));
        Assert.Equal("e", source.Substring(spans["#3"].Single().Start, spans["#3"].Single().Length));
    }

    [Fact]
    public async Task Verifier_UnexpectedDiagnostic_FailsWithAnnotatedSource()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.VerifyAnalyzerAsync(Unmarked));
        Assert.Contains("expected \"0\" actual \"1\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("// /0/Test0.cs(4,6): warning PII0001:", failure.Message, StringComparison.Ordinal);
        Assert.Contains(".WithSpan(4, 6, 4, 27)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("^^^^ PII0001", failure.Message.Replace("^^^^^^", "^^^^", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifier_MissingDiagnostic_Fails()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.VerifyAnalyzerAsync(
            "using PiiGuard;\npublic class C { [{|PII0001:Pii(Category.Contact, Purpose = Purpose.Payment)|}] public string E = \"\"; }"));
        Assert.Contains("expected \"1\" actual \"0\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifier_WrongArguments_Fails()
    {
        await Assert.ThrowsAsync<XunitException>(() => Verify.VerifyAnalyzerAsync(
            Unmarked.Replace("[Pii(Category.Contact)]", "[{|#0:Pii(Category.Contact)|}]", StringComparison.Ordinal),
            Verify.Diagnostic("PII0001").WithLocation(0).WithArguments("Customer.Email", "Name")));
    }

    [Fact]
    public async Task Verifier_SourceWithCompileError_Fails()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verify.VerifyAnalyzerAsync("public class C { Strnig Name; }"));
        Assert.Contains("does not compile", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifier_AnalyzerThrows_Fails()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => new CSharpAnalyzerTest<ThrowingAnalyzer> { TestCode = "class C { }" }.RunAsync());
        Assert.Contains("threw", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondAssembly_ModelFromReference_IsVisible()
    {
        var model = TestProject.CompileLibrary("""
            namespace Models;
            public class Customer
            {
                [PiiGuard.Pii(PiiGuard.Category.Contact, Purpose = PiiGuard.Purpose.ServiceDelivery)]
                public string Email { get; set; } = "";
            }
            """, "Models");
        var project = new TestProject();
        project.Sources.Add(("App.cs", "public static class App { public static string Read(Models.Customer c) => c.Email; }"));
        project.AdditionalReferences.Add(model);
        var compilation = await project.CompileAsync();
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var email = compilation.GetTypeByMetadataName("Models.Customer")!.GetMembers("Email").Single();
        Assert.Equal("PiiGuard.PiiAttribute", email.GetAttributes().Single().AttributeClass!.ToDisplayString());
    }

    [Fact]
    public void Baselines_Mismatch_FailsAndWritesReceivedFile()
    {
        if (Baselines.Accepting)
        {
            return;
        }

        var failure = Assert.Throws<XunitException>(() => Baselines.AssertMatches("harness-self-test.txt", "not the baseline\n"));
        Assert.Contains("differs from its baseline", failure.Message, StringComparison.Ordinal);
        File.Delete(Path.Combine(Baselines.Directory, "harness-self-test.txt.received.txt"));
        Baselines.AssertMatches("harness-self-test.txt", "the baseline\n");
    }

    [Fact]
    public void GeneratorRunner_RealLoggerMessageGenerator_GeneratesAndSecondRunIsCached()
    {
        var generator = LoadLoggerMessageGenerator();
        var source = """
            using Microsoft.Extensions.Logging;
            public static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Order {OrderId} shipped")]
                public static partial void OrderShipped(ILogger logger, int orderId);
            }
            """;
        var compilation = CSharpCompilation.Create("Gen", new[] { CSharpSyntaxTree.ParseText(source, TestProject.ParseOptions) }, TestReferences.Default.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var (driver, output, diagnostics) = GeneratorRunner.Run(GeneratorRunner.CreateDriver(generator), compilation);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.ToString().Contains("OrderShipped", StringComparison.Ordinal));

        // The peer's own output step depends on the compilation and re-runs every time; its attribute filter must not.
        var (rerun, _, _) = GeneratorRunner.Run(driver, compilation.Clone());
        GeneratorRunner.AssertAllTrackedStepsCached(rerun, "result_ForAttributeWithMetadataName");
    }

    [Fact]
    public void GeneratorRunner_EquatableGenerator_UnrelatedEditLeavesStepsCached_RelevantEditDoesNot()
    {
        var models = CSharpSyntaxTree.ParseText("[Marker] class A { } [Marker] class B { } class MarkerAttribute : System.Attribute { }", TestProject.ParseOptions);
        var other = CSharpSyntaxTree.ParseText("class Other { void M() { } }", TestProject.ParseOptions);
        var compilation = CSharpCompilation.Create("Gen", new[] { models, other }, TestReferences.Default.All);
        var (driver, _, _) = GeneratorRunner.Run(GeneratorRunner.CreateDriver(new NameListGenerator()), compilation);
        GeneratorRunner.AssertNoCompilationObjectsInSteps(driver, "Names", "Collected");

        var edited = compilation.ReplaceSyntaxTree(other, CSharpSyntaxTree.ParseText("class Other { void M() { var x = 1; } }", TestProject.ParseOptions));
        var (rerun, _, _) = GeneratorRunner.Run(driver, edited);
        GeneratorRunner.AssertAllTrackedStepsCached(rerun, "Names", "Collected");

        var renamed = edited.ReplaceSyntaxTree(models, CSharpSyntaxTree.ParseText("[Marker] class A2 { } [Marker] class B { } class MarkerAttribute : System.Attribute { }", TestProject.ParseOptions));
        var (third, _, _) = GeneratorRunner.Run(rerun, renamed);
        Assert.Throws<XunitException>(() => GeneratorRunner.AssertAllTrackedStepsCached(third, "Names", "Collected"));
    }

    [Fact]
    public void GeneratorRunner_StepHoldingSymbol_IsCaught()
    {
        var compilation = CSharpCompilation.Create("Gen", new[] { CSharpSyntaxTree.ParseText("class C { }") }, TestReferences.Default.All);
        var (driver, _, _) = GeneratorRunner.Run(GeneratorRunner.CreateDriver(new SymbolHoldingGenerator()), compilation);
        var failure = Assert.Throws<XunitException>(() => GeneratorRunner.AssertNoCompilationObjectsInSteps(driver, "Symbols"));
        Assert.Contains("holds a", failure.Message, StringComparison.Ordinal);
    }

    internal static IIncrementalGenerator LoadLoggerMessageGenerator()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "peers", "Microsoft.Extensions.Logging.Generators.dll");
        var assembly = Assembly.LoadFrom(path);
        var type = assembly.GetTypes().Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

#pragma warning disable RS1036, RS1038, RS1041, RS2008, RS1026 // test doubles for the harness itself
    [Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "t", "t", "t", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(Microsoft.CodeAnalysis.Diagnostics.AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), Microsoft.CodeAnalysis.CSharp.SyntaxKind.ClassDeclaration);
        }
    }

    [Generator]
    private sealed class SymbolHoldingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var symbols = context.CompilationProvider.Select(static (c, _) => c.GetTypeByMetadataName("C")).WithTrackingName("Symbols");
            context.RegisterSourceOutput(symbols, static (_, _) => { });
        }
    }
    [Generator]
    private sealed class NameListGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var names = context.SyntaxProvider
                .ForAttributeWithMetadataName("MarkerAttribute", static (_, _) => true, static (c, _) => c.TargetSymbol.Name)
                .WithTrackingName("Names");
            var collected = names.Collect().Select(static (n, _) => string.Join(",", n.OrderBy(x => x, StringComparer.Ordinal))).WithTrackingName("Collected");
            context.RegisterSourceOutput(collected, static (spc, text) => spc.AddSource("Names.g.cs", "// " + text));
        }
    }
#pragma warning restore RS1036, RS1038, RS1041, RS2008, RS1026
}
