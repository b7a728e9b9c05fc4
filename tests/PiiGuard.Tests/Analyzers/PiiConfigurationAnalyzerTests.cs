using System.Threading.Tasks;
using PiiGuard.Analyzers.Declarations;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Declarations.PiiConfigurationAnalyzer>;

namespace PiiGuard.Tests.Analyzers;

public sealed class PiiConfigurationAnalyzerTests
{
    [Fact]
    public Task HomeRegionProperty_Unknown_Reported()
    {
        var test = new CSharpAnalyzerTest<PiiConfigurationAnalyzer> { TestCode = "using PiiGuard;\nclass C { }" };
        test.BuildProperties["PiiGuardHomeRegion"] = "Europe";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0901").WithNoLocation().WithArguments("Europe", " (did you mean \"EU\"?)"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("EU")]
    [InlineData("de")]
    [InlineData("")]
    public Task HomeRegionProperty_ValidOrEmpty_NotReported(string value)
    {
        var test = new CSharpAnalyzerTest<PiiConfigurationAnalyzer> { TestCode = "using PiiGuard;\nclass C { }" };
        test.BuildProperties["PiiGuardHomeRegion"] = value;
        return test.RunAsync();
    }

    [Fact]
    public Task HomeRegion_AttributeAndPropertyDisagree_Reported()
    {
        var test = new CSharpAnalyzerTest<PiiConfigurationAnalyzer>
        {
            TestCode = """
                using PiiGuard;
                [assembly: {|#0:PiiHomeRegion("US")|}]
                """,
        };
        test.BuildProperties["PiiGuardHomeRegion"] = "EU";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0902").WithLocation(0).WithArguments("US", "EU"));
        return test.RunAsync();
    }

    [Fact]
    public Task HomeRegion_AttributeAndPropertyAgree_NotReported()
    {
        var test = new CSharpAnalyzerTest<PiiConfigurationAnalyzer> { TestCode = "using PiiGuard;\n[assembly: PiiHomeRegion(\"eu\")]" };
        test.BuildProperties["PiiGuardHomeRegion"] = "EU";
        return test.RunAsync();
    }

    [Fact]
    public Task HomeRegionProperty_GlobalConfigNone_Suppressed()
    {
        // Diagnostics without a source location obey global configs, not [*.cs] sections.
        var test = new CSharpAnalyzerTest<PiiConfigurationAnalyzer>
        {
            TestCode = "using PiiGuard;\nclass C { }",
            GlobalConfig = "dotnet_diagnostic.PII0901.severity = none\n",
        };
        test.BuildProperties["PiiGuardHomeRegion"] = "Mars";
        return test.RunAsync();
    }
}
