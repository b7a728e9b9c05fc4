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

/// <summary>Issue 16: the baseline is exact — counted keys, any file name, portable paths, no suggestions.</summary>
public sealed class ExactBaselineTests
{
    private const string Models = """
        using Microsoft.Extensions.Logging;
        using PiiGuard;
        public class Customer { [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = ""; }

        """;

    private const string Leak = "    void Old(ILogger logger, Customer c) => logger.LogInformation(\"{Email}\", c.Email);";

    private static string Key(string line = Leak) => BaselineKey.Create("PII0101", TestProject.Directory + "Test0.cs", TestProject.Directory, "'Customer.Email' …", line);

    private static CSharpAnalyzerTest<PiiFlowAnalyzer> Test(string code, string baselineName, string baseline)
    {
        var test = new CSharpAnalyzerTest<PiiFlowAnalyzer> { TestCode = Models + code };
        test.AdditionalAnalyzers.Add(new PiiBaselineSuppressor());
        test.BuildProperties["MSBuildProjectDirectory"] = TestProject.Directory;
        test.AdditionalFiles.Add((baselineName, baseline));
        return test;
    }

    private const string Twice = "class S\n{\n    void A(ILogger logger, Customer c)\n    {\n        logger.LogInformation(\"{Email}\", c.Email);\n        logger.LogInformation(\"{Email}\", {|#0:c.Email|});\n    }\n}\n";

    private const string TwiceLine = "        logger.LogInformation(\"{Email}\", c.Email);";

    [Fact]
    public Task CopyPastedLeak_SameKey_OneAcceptedOneReports()
    {
        // The same line twice in one file gives one key; the baseline accepted it once, so the copy reports.
        var test = Test(Twice, BaselineKey.FileName, Key(TwiceLine) + "\n");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0101").WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task CountedKey_AcceptsThatMany()
    {
        var test = Test(Twice.Replace("{|#0:c.Email|}", "c.Email", System.StringComparison.Ordinal), BaselineKey.FileName, BaselineKey.Line(Key(TwiceLine), 2) + "\n");
        return test.RunAsync();
    }

    [Fact]
    public Task CustomFileName_MarkedByMetadata_IsApplied()
    {
        var test = Test("class S\n{\n" + Leak + "\n}\n", "config/accepted-pii.txt", Key() + "\n");
        test.GlobalConfig = $"\n[{TestProject.Directory}config/accepted-pii.txt]\n{BaselineKey.MetadataKey} = true\n";
        return test.RunAsync();
    }

    [Fact]
    public Task CustomFileName_WithoutTheMetadata_IsNotABaseline()
    {
        var test = Test("class S\n{\n" + Leak.Replace("c.Email)", "{|#0:c.Email|})", System.StringComparison.Ordinal) + "\n}\n", "notes.txt", Key() + "\n");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0101").WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public void Suggestions_AreNeverBaselined()
    {
        Assert.False(BaselineKey.IsBaselined("PII0008"));
        Assert.False(BaselineKey.IsBaselined("PII0009"));
        Assert.False(BaselineKey.IsBaselined("PIIB0101"));
        Assert.True(BaselineKey.IsBaselined("PII0101"));
        Assert.DoesNotContain(new PiiBaselineSuppressor().SupportedSuppressions, s => s.SuppressedDiagnosticId is "PII0008" or "PII0009");
    }

    [Theory]
    [InlineData("/repo/App/Program.cs", "/repo/App", "Program.cs")]
    [InlineData("/repo/App/Model/Customer.cs", "/repo/App/", "Model/Customer.cs")]
    [InlineData("/repo/Shared/Customer.cs", "/repo/App", "../Shared/Customer.cs")]
    [InlineData("/repo/App/../Shared/Customer.cs", "/repo/App", "../Shared/Customer.cs")]
    [InlineData("file:///repo/App/b%2050%2525.cs", "/repo/App", "b 50%25.cs")]
    [InlineData("C:\\repo\\App\\X.cs", "c:\\repo\\App", "X.cs")]
    [InlineData("Views/Page.cshtml", "/repo/App", "Views/Page.cshtml")]
    public void Relative_PortableKeys(string path, string project, string expected) =>
        Assert.Equal(expected, BaselineKey.Relative(path, project));

    [Fact]
    public void Parse_CountsRepeatsAndSuffixes_SkipsComments()
    {
        var counts = BaselineKey.Parse(new[] { "# header", "", "PII0101|a.cs|C.E|0123456789abcdef", "PII0101|a.cs|C.E|0123456789abcdef", "PII0102|b.cs|C.E|0123456789abcdef|3" });
        Assert.Equal(2, counts["PII0101|a.cs|C.E|0123456789abcdef"]);
        Assert.Equal(3, counts["PII0102|b.cs|C.E|0123456789abcdef"]);
        Assert.Equal(2, counts.Count);
        Assert.Equal("k|2", BaselineKey.Line("k", 2));
        Assert.Equal("k", BaselineKey.Line("k", 1));
    }
}
