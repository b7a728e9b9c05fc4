using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// The operation budget (<c>piiguard.flow.operation_budget</c>): a body that exhausts it is cut with a PII0903 note that
/// names the budget, what was followed before the cut is still reported, and a helper cut short is summarised
/// conservatively (it may hand back what it was given).
/// </summary>
public sealed class BudgetTests
{
    // About 12 operations per filler statement: 40 of them exhaust a budget of 200 long before the second log call.
    private static readonly string Filler = string.Concat(Enumerable.Range(0, 40).Select(i => $"        var n{i} = {i} * 2 + {i};\n"));

    [Fact]
    public Task BudgetExhausted_CutWithANote_FindingsBeforeTheCutKept()
    {
        var test = FlowTest.Create(
            "class Service\n{\n    void {|PII0903:Run|}(ILogger logger, Customer c)\n    {\n" +
            "        logger.LogInformation(\"{Email}\", {|PII0101:c.Email|});\n" + Filler +
            "        logger.LogInformation(\"{Fax}\", c.Fax);\n    }\n}\n");
        test.EditorConfig = "[*.cs]\npiiguard.flow.operation_budget = 200\n";
        return test.RunAsync();
    }

    [Fact]
    public async Task BudgetExhausted_NoteNamesTheBudget()
    {
        var test = FlowTest.Create(
            "class Service\n{\n    void {|#0:Run|}(ILogger logger, Customer c)\n    {\n        var email = c.Email;\n" + Filler + "        logger.LogInformation(\"{E}\", email);\n    }\n}\n",
            Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("PII0903").WithLocation(0).WithArguments("Service.Run(ILogger, Customer)", "200 operations"));
        test.EditorConfig = "[*.cs]\npiiguard.flow.operation_budget = 200\n";
        await test.RunAsync();
    }

    [Fact]
    public Task DefaultBudget_SameBody_FollowedToTheEnd() => FlowTest.VerifyAsync(
        "class Service\n{\n    void Run(ILogger logger, Customer c)\n    {\n" +
        "        logger.LogInformation(\"{Email}\", {|PII0101:c.Email|});\n" + Filler +
        "        logger.LogInformation(\"{Fax}\", {|PII0101:c.Fax|});\n    }\n}\n");

    [Fact]
    public Task HelperOverBudget_SummaryConservative_LeakThroughItReported()
    {
        // Wrap exhausts the budget before its return statement: its summary says it may return its argument. (Wrap
        // itself touches no declared data, so it is never walked for findings and gets no note of its own.)
        var test = FlowTest.Create(
            "class Service\n{\n    static string Wrap(string s)\n    {\n" + Filler + "        return s;\n    }\n\n" +
            "    void Run(ILogger logger, Customer c) => logger.LogInformation(\"{E}\", {|PII0101:Wrap(c.Email)|});\n}\n");
        test.EditorConfig = "[*.cs]\npiiguard.flow.operation_budget = 200\n";
        return test.RunAsync();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("lots")]
    public Task InvalidBudget_DefaultUsed(string value)
    {
        var test = FlowTest.Create(
            "class Service\n{\n    void Run(ILogger logger, Customer c)\n    {\n" + Filler +
            "        logger.LogInformation(\"{Fax}\", {|PII0101:c.Fax|});\n    }\n}\n");
        test.EditorConfig = "[*.cs]\npiiguard.flow.operation_budget = " + value + "\n";
        return test.RunAsync();
    }
}
