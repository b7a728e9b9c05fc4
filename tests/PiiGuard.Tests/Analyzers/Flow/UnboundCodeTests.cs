using System.Threading.Tasks;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Flow.PiiFlowAnalyzer>;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// Code that does not bind — a type from a package the compilation cannot see, a line being typed — is still followed:
/// a logging call that fails overload resolution only because one argument's type is unknown is still a logging call
/// (eShop's <c>TransactionBehavior</c>, <c>ValidatorBehavior</c> and <c>IdentifiedCommandHandler</c> log a command next
/// to an EF Core, FluentValidation or MediatR value).
/// </summary>
public sealed class UnboundCodeTests
{
    private static Task VerifyAsync(string code) => VerifyAsync(null, code);

    private static Task VerifyAsync(Microsoft.CodeAnalysis.Testing.DiagnosticResult? expected, string code)
    {
        var test = expected is { } e ? FlowTest.Create(code, e) : FlowTest.Create(code);
        test.AllowCompilerErrors = true;
        return test.RunAsync();
    }

    [Fact]
    public Task LogCall_ArgumentOfUnknownType_DataArgumentStillReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, Unknown.Transaction t)
            {
                logger.LogInformation("Begin {TransactionId} for {Email}", t.TransactionId, {|PII0101:c.Email|});
            }
        }
        """);

    [Fact]
    public Task LogCall_ArgumentOfUnknownType_WholeObjectDestructured_Reported() => VerifyAsync(
        Verify.Diagnostic("PII0103").WithLocation(0).WithArguments("CustomerRecord.Email", "Contact", "CustomerRecord", "ILogger.LogInformation", "CustomerRecord.Email → CustomerRecord → ILogger.LogInformation"),
        """
        class Service
        {
            void Run(ILogger logger, CustomerRecord c, Unknown.Mediator m)
            {
                var result = m.Send(c);
                logger.LogInformation("Result {@Result} for {@Customer}", result, {|#0:c|});
            }
        }
        """);

    [Fact]
    public Task LogCall_InsideLambdaOfUnknownCall_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, Unknown.Strategy strategy, Unknown.Transaction t)
            {
                strategy.Execute(() => logger.LogInformation("{Id} {Email}", t.Id, {|PII0101:c.Email|}));
            }
        }
        """);

    [Fact]
    public Task LogCall_ArgumentOfUnknownType_CleanDataNotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, Unknown.Transaction t)
            {
                logger.LogInformation("Begin {TransactionId} for {Id}", t.TransactionId, c.Id);
                logger.LogWarning("Failures {@Failures}", t.Failures);
            }
        }
        """);

    [Fact]
    public Task UnknownMethod_NotASink_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, Unknown.Mailer mailer)
            {
                mailer.Deliver(c.Email, c);
                Unknown.Static.Log("{Email}", c.Email);
            }
        }
        """);

    [Fact]
    public Task SerializeCall_ArgumentOfUnknownType_Reported() => VerifyAsync("""
        class Service
        {
            string Run(Customer c, Unknown.Options o) => System.Text.Json.JsonSerializer.Serialize({|PII0201:c.Fax|}, o);
        }
        """);
}
