using System.Threading.Tasks;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// A call that hands a helper nothing (clean arguments, no argument whose type holds declared members, no out/ref) to a
/// helper that reads no declared data is applied without the helper's summary (its body is not bound for it). Whatever
/// the order of the calls, a later call that does pass data still gets the summary and is reported; a helper that
/// reads data itself, or is handed an object that holds it, is always summarised.
/// </summary>
public sealed class CallWithoutSummaryTests
{
    [Fact]
    public Task CleanCallFirst_DataCallLater_StillReported() => FlowTest.VerifyAsync("""
        class Service
        {
            private readonly ILogger logger;

            public Service(ILogger logger) => this.logger = logger;

            private string Audit(string text)
            {
                logger.LogInformation("{Text}", text);
                return text;
            }

            void Run(Customer c)
            {
                var started = Audit("started");
                Audit({|PII0101:c.Email|});
                logger.LogInformation("{Started}", started);
            }
        }
        """);

    [Fact]
    public Task CleanCall_HelperReturnsNothingDeclared_NotReported() => FlowTest.VerifyAsync("""
        class Service
        {
            private static string Label(string prefix) => prefix + "-" + System.Guid.NewGuid();

            void Run(ILogger logger, Customer c)
            {
                var label = Label("order");
                logger.LogInformation("{Label} for {Id}", label, c.Id);
            }
        }
        """);

    [Fact]
    public Task HelperThatReadsDeclaredData_CalledWithCleanArguments_StillSummarised() => FlowTest.VerifyAsync("""
        class Service
        {
            private readonly Customer current = new();

            private string CurrentEmail(string fallback) => current.Email ?? fallback;

            void Run(ILogger logger)
            {
                logger.LogInformation("{Email}", {|PII0101:CurrentEmail("none")|});
            }
        }
        """);

    [Fact]
    public Task HolderArgument_WithoutTaintedValue_StillSummarised() => FlowTest.VerifyAsync("""
        static class Audit
        {
            public static void Write(ILogger logger, object entry) => logger.LogInformation("{@Entry}", entry);
        }

        class Service
        {
            void Run(ILogger logger)
            {
                var record = new CustomerRecord(1, "a@example.com");
                Audit.Write(logger, {|PII0103:record|});
            }
        }
        """);
}
