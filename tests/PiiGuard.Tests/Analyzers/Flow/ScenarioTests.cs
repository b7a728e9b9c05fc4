using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Flow.PiiFlowAnalyzer>;

namespace PiiGuard.Tests.Analyzers.Flow;

public sealed class ScenarioTests
{
    [Fact]
    public Task OrderProcessing_GivesExactlyTheExpectedDiagnostics() => new CSharpAnalyzerTest<PiiFlowAnalyzer>
    {
        TestCode = """
            using Microsoft.Extensions.Logging;
            using PiiGuard;

            namespace Shop;

            public sealed record PaymentRequest(
                int OrderId,
                [property: Pii(Category.Payment, Purpose = Purpose.Payment)] string CardNumber,
                [property: Pii(Category.Name, Purpose = Purpose.Payment)] string CardHolder,
                decimal Amount);

            public sealed record Address(
                [property: Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)] string Street,
                string City,
                string Country);

            public sealed class Order
            {
                public int Id { get; init; }
                public Address ShipTo { get; init; } = new("", "", "");

                [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery | Purpose.Communications)]
                public string Email { get; init; } = "";

                public decimal Total { get; init; }
            }

            public sealed class OrderProcessor
            {
                private readonly ILogger<OrderProcessor> logger;

                public OrderProcessor(ILogger<OrderProcessor> logger) => this.logger = logger;

                public void Process(PaymentRequest request, Order order)
                {
                    logger.LogInformation("Processing payment {@Request}", {|#0:request|});

                    var masked = request with { CardNumber = Redact.Mask(request.CardNumber, 4)! };
                    logger.LogInformation("Charging {@Request}", {|#1:masked|});

                    logger.LogInformation("Order {@Order} placed", {|#2:order|});

                    logger.LogInformation("Order {OrderId} paid {Amount} to {Country}", order.Id, request.Amount, order.ShipTo.Country);
                }
            }
            """,
        ExpectedDiagnostics =
        {
            Verify.Diagnostic("PII0103").WithLocation(0).WithArguments("CardNumber and CardHolder", "Payment, Name", "PaymentRequest", "ILogger.LogInformation", "PaymentRequest.CardNumber → PaymentRequest → ILogger.LogInformation"),
            Verify.Diagnostic("PII0103").WithLocation(1).WithArguments("PaymentRequest.CardHolder", "Name", "PaymentRequest", "ILogger.LogInformation", "PaymentRequest.CardHolder → PaymentRequest → ILogger.LogInformation"),
            Verify.Diagnostic("PII0103").WithLocation(2).WithArguments("Address.Street and Email", "Contact", "Order", "ILogger.LogInformation", "Address.Street → Order → ILogger.LogInformation"),
        },
    }.RunAsync();

    [Theory]
    [InlineData("logger.LogInformation(\"x {E}\", c.Email")]
    [InlineData("logger.LogInformation(\"x {E}\", c.)")]
    [InlineData("var x = c.Email; logger.Log(")]
    [InlineData("Unknown.Method(c.Email); var y = missing.Email; logger.LogInformation(y)")]
    [InlineData("foreach (var q in ) { logger.LogInformation(q); }")]
    [InlineData("var t = (c.Email, ; logger.LogInformation(t.Item1)")]
    [InlineData("logger.LogInformation($\"{c.Email\")")]
    [InlineData("System.Text.Json.JsonSerializer.Serialize<>(c)")]
    [InlineData("var r = c with { Email = }; logger.LogInformation(\"{@R}\", r)")]
    [InlineData("throw new System.Exception($\"{c.Email}\"")]
    [InlineData("switch (c.Email) { case var e when e.Length > 0: logger.LogInformation(e); }")]
    [InlineData("async void L() { await foreach (var z in c.Email) logger.LogInformation(z); }")]
    public Task HalfTypedCode_NeverThrows(string statement) => new CSharpAnalyzerTest<PiiFlowAnalyzer>
    {
        TestCode = $$"""
            using Microsoft.Extensions.Logging;
            using PiiGuard;
            public record Customer([property: Pii(Category.Contact)] string Email);
            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    {{statement}}
                }
            }
            """,
        AllowCompilerErrors = true,
        OnlyCheckForExceptions = true,
    }.RunAsync();

    [Fact]
    public Task ProjectWithoutPiiGuard_RegistersNothing() => new CSharpAnalyzerTest<PiiFlowAnalyzer>
    {
        TestCode = """
            class Service
            {
                void Run(string email) => System.Console.WriteLine(email);
            }
            """,
        References = TestReferences.FrameworkOnly,
    }.RunAsync();

    [Fact]
    public async Task Cancellation_StopsAnalysisPromptly()
    {
        var body = string.Concat(Enumerable.Range(0, 3000).Select(i => $"        var v{i} = c.Email + {i}; logger.LogInformation(v{i});\n"));
        var project = new TestProject();
        project.Sources.Add(("Big.cs", $$"""
            using Microsoft.Extensions.Logging;
            using PiiGuard;
            public class Customer { [Pii(Category.Contact)] public string Email { get; set; } = ""; }
            class Service
            {
                void Run(ILogger logger, Customer c)
                {
            {{body}}
                }
            }
            """));
        var compilation = await project.CompileAsync();
        using var cancellation = new CancellationTokenSource();
        var analyzers = compilation.WithAnalyzers([new PiiFlowAnalyzer()], new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            // Keep asking until the token fires; each run re-analyzes the 3,000-statement method.
            while (true)
            {
                await analyzers.GetAnalyzerDiagnosticsAsync(cancellation.Token);
                analyzers = compilation.Clone().WithAnalyzers([new PiiFlowAnalyzer()], new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            }
        });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"cancellation took {watch.Elapsed}");
    }
}
