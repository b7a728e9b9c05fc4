using System.Threading.Tasks;
using Xunit;
using static PiiGuard.Tests.Analyzers.Flow.FlowTest;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Flow.PiiFlowAnalyzer>;

namespace PiiGuard.Tests.Analyzers.Flow;

public sealed class LoggingFlowTests
{
    [Fact]
    public Task DirectMemberRead_LoggedByMel_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c) => logger.LogInformation("Signed up {Email}", {|#0:c.Email|});
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Customer.Email", "Contact", "ILogger.LogInformation", "Customer.Email → ILogger.LogInformation"));

    [Fact]
    public Task IdOnly_Logged_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, Order o)
            {
                logger.LogInformation("Customer {Id} placed order {OrderId} of {Total}", c.Id, o.Id, o.Total);
                logger.LogInformation("Email length {Length}, empty {Empty}", c.Email.Length, string.IsNullOrEmpty(c.Email));
                logger.LogInformation("Has email {HasEmail}", c.Email == null);
            }
        }
        """);

    [Fact]
    public Task LocalAndInterpolation_Reported_WithPath() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var who = c.Email;
                logger.LogWarning($"Could not reach {{|#0:who|}}");
            }
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Customer.Email", "Contact", "ILogger.LogWarning", "Customer.Email → local 'who' → ILogger.LogWarning"));
}
