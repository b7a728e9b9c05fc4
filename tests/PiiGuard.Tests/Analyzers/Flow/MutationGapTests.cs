using System.Threading.Tasks;
using Xunit;
using static PiiGuard.Tests.Analyzers.Flow.FlowTest;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// One test per one-line mutation of the walker that once survived the suite (issue 11): each fails if its rule is
/// broken — the loop's second pass, the merges after switch and catch, the element of a foreach, a <c>with</c> in one
/// branch only, plumbing parameters — and each has the negative that fails if the rule over-reaches.
/// </summary>
public sealed class MutationGapTests
{
    [Fact]
    public Task Loop_ValueAssignedAfterTheSinkInTheBody_ReachesItOnTheNextIteration() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, int[] rounds)
            {
                var last = "";
                foreach (var round in rounds)
                {
                    logger.LogInformation("Previous {Last}", {|PII0101:last|});
                    last = c.Email;
                }
            }
        }
        """);

    [Fact]
    public Task Loop_CleanEveryIteration_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, int[] rounds)
            {
                var last = "";
                foreach (var round in rounds)
                {
                    last = c.Email;
                    last = "masked";
                    logger.LogInformation("Previous {Last}", last);
                }
            }
        }
        """);

    [Fact]
    public Task Switch_OneCaseAssigns_MergedAfterTheSwitch() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, int kind)
            {
                var text = "";
                switch (kind)
                {
                    case 1: text = c.Email; break;
                    default: break;
                }

                logger.LogInformation("Text {Text}", {|PII0101:text|});
            }
        }
        """);

    [Fact]
    public Task Switch_EveryCaseOverwrites_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, int kind)
            {
                var text = c.Email;
                switch (kind)
                {
                    case 1: text = "one"; break;
                    default: text = "other"; break;
                }

                logger.LogInformation("Text {Text}", text);
            }
        }
        """);

    [Fact]
    public Task Catch_AssignsInTheHandler_MergedAfterTheTry() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var text = "";
                try
                {
                    text = "ok";
                }
                catch (System.InvalidOperationException)
                {
                    text = c.Email;
                }

                logger.LogInformation("Text {Text}", {|PII0101:text|});
            }
        }
        """);

    [Fact]
    public Task Try_AssignsInTheBody_MergedAfterTheTry() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var text = "";
                try
                {
                    text = c.Email;
                }
                catch (System.InvalidOperationException)
                {
                }

                logger.LogInformation("Text {Text}", {|PII0101:text|});
            }
        }
        """);

    [Fact]
    public Task ForEach_ElementOfACollectionOfPersonalData_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var emails = new List<string> { c.Email };
                foreach (var email in emails)
                {
                    logger.LogInformation("Email {Email}", {|PII0101:email|});
                }
            }
        }
        """);

    [Fact]
    public Task ForEach_ElementOfACleanCollection_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var codes = new List<string> { "a", "b" };
                foreach (var code in codes)
                {
                    logger.LogInformation("Code {Code}", code);
                }
            }
        }
        """);

    [Fact]
    public Task With_MaskingInOneBranchOnly_StillCarriesTheMember() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, CustomerRecord record, bool mask)
            {
                var shown = record;
                if (mask)
                {
                    shown = record with { Email = "***" };
                }

                logger.LogInformation("Record {Email}", {|PII0101:shown.Email|});
            }
        }
        """);

    [Fact]
    public Task With_MaskingInBothBranches_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, CustomerRecord record, bool mask)
            {
                var shown = mask ? record with { Email = "***" } : record with { Email = "" };
                logger.LogInformation("Record {Email}", shown.Email);
            }
        }
        """);

    [Fact]
    public Task PlumbingArguments_LoggerLevelAndException_AreNotData() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, System.Exception error)
            {
                var level = c.Email.Length > 3 ? LogLevel.Warning : LogLevel.Information;
                logger.Log(level, new EventId(c.Id), error, "Failed for customer {Id}", c.Id);
            }
        }
        """);
}
