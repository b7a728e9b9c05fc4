using System.Threading.Tasks;
using PiiGuard.Analyzers.Baseline;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Flow.PiiFlowAnalyzer>;

namespace PiiGuard.Tests.Baseline;

public sealed class BaselineSuppressorTests
{
    private const string Models = """
        using Microsoft.Extensions.Logging;
        using PiiGuard;
        public class Customer { [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = ""; public string Note { get; set; } = ""; }

        """;

    private const string AcceptedLine = "    void Old(ILogger logger, Customer c) => logger.LogInformation(\"{Email}\", c.Email);";

    private static string Key() => BaselineKey.Create(
        "PII0101", TestProject.Directory + "Test0.cs", TestProject.Directory, "'Customer.Email' (Contact) is logged by …", AcceptedLine);

    private static CSharpAnalyzerTest<PiiFlowAnalyzer> Test(string code)
    {
        var test = new CSharpAnalyzerTest<PiiFlowAnalyzer> { TestCode = Models + code };
        test.AdditionalAnalyzers.Add(new PiiBaselineSuppressor());
        test.BuildProperties["MSBuildProjectDirectory"] = TestProject.Directory;
        test.AdditionalFiles.Add((BaselineKey.FileName, "# accepted\n" + Key() + "\n"));
        return test;
    }

    [Fact]
    public Task BaselinedDiagnostic_IsSuppressed_NewOneIsNot()
    {
        var test = Test("class S\n{\n" + AcceptedLine + "\n    void New(ILogger logger, Customer c) => logger.LogWarning(\"{Email}\", {|#0:c.Email|});\n}\n");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0101").WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task BaselinedDiagnostic_SurvivesUnrelatedEdits()
    {
        // Lines added above, another method in between: the accepted line moved but did not change.
        return Test("class S\n{\n    int Unrelated() => 42;\n\n\n" + AcceptedLine.Replace("    void", "        void", System.StringComparison.Ordinal) + "\n}\n").RunAsync();
    }

    [Fact]
    public Task ChangingTheAcceptedLine_ReportsAgain()
    {
        var test = Test("class S\n{\n    void Old(ILogger logger, Customer c) => logger.LogInformation(\"Mail {Email}\", {|#0:c.Email|});\n}\n");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0101").WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public void Key_IsStable_AndNamesRuleFileMember()
    {
        var key = Key();
        Assert.StartsWith("PII0101|Test0.cs|Customer.Email|", key, System.StringComparison.Ordinal);
        Assert.Equal(key, BaselineKey.Create("PII0101", "/0/Test0.cs", "/0/", "'Customer.Email' …", "  " + AcceptedLine.Trim() + "   "));
    }
}
