using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PiiGuard.Analyzers.Declarations;
using PiiGuard.Analyzers.Flow;
using PiiGuard.CodeFixes;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.CodeFixes;

/// <summary>
/// Issue 16: bulk fixes must not launder leaks. Fix All (and so <c>dotnet format</c>, which applies only fixes that have
/// a Fix All provider) redacts logged data; a purpose, a legal basis or a transfer mechanism is a claim, offered one
/// location at a time and titled as the claim it makes.
/// </summary>
public sealed class SafeFixAllTests
{
    private static readonly IReadOnlyList<CodeFixProvider> Providers = typeof(RedactArgumentCodeFixProvider).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToList();

    private static IEnumerable<string> BulkFixersOf(string id) =>
        Providers.Where(p => p.FixableDiagnosticIds.Contains(id) && p.GetFixAllProvider() is not null).Select(p => p.GetType().Name).OrderBy(n => n, StringComparer.Ordinal);

    [Theory]
    [InlineData("PII0101", "RedactArgumentCodeFixProvider")]
    [InlineData("PII0102", "RedactArgumentCodeFixProvider")]
    [InlineData("PII0104", "RedactArgumentCodeFixProvider")]
    [InlineData("PII0201", "IgnoreSerializedMemberCodeFixProvider")]
    [InlineData("PII0008", "MarkAsPersonalDataCodeFixProvider")]
    [InlineData("PII0009", "MarkAsPersonalDataCodeFixProvider")]
    public void FixAll_LogAndExceptionFindings_OnlyRedactionOrRemoval(string id, string only) =>
        Assert.Equal(new[] { only }, BulkFixersOf(id));

    [Theory]
    [InlineData("PII0001")]
    [InlineData("PII0005")]
    [InlineData("PII0103")]
    [InlineData("PII0301")]
    [InlineData("PII0302")]
    public void FixAll_LegalClaims_NeverInBulk(string id)
    {
        Assert.Contains(Providers, p => p.FixableDiagnosticIds.Contains(id));
        Assert.Empty(BulkFixersOf(id));
    }

    [Fact]
    public void Pii0302Fix_IsNotInFixAll() => Assert.Null(new AddTransferCodeFixProvider().GetFixAllProvider());

    private const string Logging = """
        using Microsoft.Extensions.Logging;
        using PiiGuard;
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)]
            public string Email { get; set; } = "";
            [Pii(Category.Name, Purpose = Purpose.ServiceDelivery)]
            public string Name { get; set; } = "";
        }

        """;

    [Fact]
    public Task FixAll_Pii0101_RedactsEveryValue_NeverAddsAPurpose() =>
        // Both providers that fix PII0101 are present, as in the IDE and dotnet format: only redaction runs in bulk, and
        // the model keeps the purposes it declared.
        new MultiProviderTest(new RedactArgumentCodeFixProvider(), new DeclareCoveringPurposeCodeFixProvider())
        {
            TestCode = Logging + """
                class Service
                {
                    void Run(ILogger logger, Customer c) => logger.LogInformation("{Email} {Name}", {|PII0101:c.Email|}, {|PII0101:c.Name|});
                    void Again(ILogger logger, Customer c) => logger.LogWarning("{Email}", {|PII0101:c.Email|});
                }
                """,
            FixedCode = Logging + """
                class Service
                {
                    void Run(ILogger logger, Customer c) => logger.LogInformation("{Email} {Name}", Redact.Mask(c.Email), Redact.Mask(c.Name));
                    void Again(ILogger logger, Customer c) => logger.LogWarning("{Email}", Redact.Mask(c.Email));
                }
                """,
            CodeActionEquivalenceKey = "PiiGuard.Redact",
        }.RunAsync();

    [Fact]
    public Task CoveringPurpose_TitledAsTheClaim() =>
        new MultiProviderTest(new DeclareCoveringPurposeCodeFixProvider())
        {
            TestCode = Logging + "class Service { void Run(ILogger logger, Customer c) => logger.LogInformation(\"{Email}\", {|PII0101:c.Email|}); }\n",
            FixedCode = Logging.Replace("Purpose = Purpose.ServiceDelivery)]\n    public string Email", "Purpose = Purpose.ServiceDelivery | Purpose.Diagnostics)]\n    public string Email", StringComparison.Ordinal) +
                "class Service { void Run(ILogger logger, Customer c) => logger.LogInformation(\"{Email}\", c.Email); }\n",
            ExpectedTitle = "Declare that Customer.Email is processed for Diagnostics",
        }.RunAsync();

    [Fact]
    public Task DeclareLegalBasis_TitledAsTheClaim() =>
        new MultiProviderTest<PiiDeclarationAnalyzer>(new DeclareArgumentCodeFixProvider())
        {
            TestCode = "using PiiGuard;\npublic class Plant\n{\n    [{|PII0005:Pii(Category.PreciseLocation, Purpose = Purpose.ServiceDelivery)|}]\n    public double Latitude { get; set; }\n}\n",
            FixedCode = "using PiiGuard;\npublic class Plant\n{\n    [Pii(Category.PreciseLocation, Purpose = Purpose.ServiceDelivery, LegalBasis = LegalBasis.Consent)]\n    public double Latitude { get; set; }\n}\n",
            ExpectedTitle = "Declare that Plant.Latitude is processed on the legal basis of Consent",
        }.RunAsync();

    [Fact]
    public Task AddTransfer_TitledAsTheClaim() =>
        new MultiProviderTest(new AddTransferCodeFixProvider())
        {
            TestCode = "using PiiGuard;\n[assembly: PiiHomeRegion(\"EU\")]\n[PiiDestination(\"US\")]\npublic class Ops { public System.Threading.Tasks.Task SendAsync(object o) => System.Threading.Tasks.Task.CompletedTask; }\npublic class Customer { [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = \"\"; }\nclass Sync { System.Threading.Tasks.Task Run(Ops ops, Customer c) => ops.SendAsync({|PII0302:c.Email|}); }\n",
            FixedCode = "using PiiGuard;\n[assembly: PiiHomeRegion(\"EU\")]\n[assembly: PiiTransfer(\"US\", TransferMechanism.StandardContractualClauses)]\n[PiiDestination(\"US\")]\npublic class Ops { public System.Threading.Tasks.Task SendAsync(object o) => System.Threading.Tasks.Task.CompletedTask; }\npublic class Customer { [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = \"\"; }\nclass Sync { System.Threading.Tasks.Task Run(Ops ops, Customer c) => ops.SendAsync(c.Email); }\n",
            ExpectedTitle = "Declare that transfers to US are covered by standard contractual clauses",
        }.RunAsync();

    /// <summary>The CodeFix verifier with several providers at once (as the IDE and dotnet format load them) and a title check.</summary>
    private sealed class MultiProviderTest : MultiProviderTest<PiiFlowAnalyzer>
    {
        public MultiProviderTest(params CodeFixProvider[] providers)
            : base(providers)
        {
        }
    }

    private class MultiProviderTest<TAnalyzer> : CSharpCodeFixTest<TAnalyzer, RedactArgumentCodeFixProvider, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        private readonly CodeFixProvider[] providers;

        public MultiProviderTest(params CodeFixProvider[] providers)
        {
            this.providers = providers;
            ReferenceAssemblies = TestReferences.Default.Framework;
            TestState.AdditionalReferences.AddRange(TestReferences.Default.Packages);

            TestState.AnalyzerConfigFiles.Add(TestProject.NoDataMap);
            FixedState.AnalyzerConfigFiles.Add(TestProject.NoDataMap);
            CodeActionVerifier = (action, verifier) =>
            {
                if (ExpectedTitle is not null)
                {
                    verifier.Equal(ExpectedTitle, action.Title);
                }
            };
        }

        public string? ExpectedTitle { get; init; }

        protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => providers;
    }
}
