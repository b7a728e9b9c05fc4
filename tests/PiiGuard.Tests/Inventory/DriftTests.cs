using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using static PiiGuard.Tests.Inventory.InventoryTestHelper;

namespace PiiGuard.Tests.Inventory;

/// <summary>
/// The analyzer and the map share one definition of "declared item" and "walkable body": what the analyzer reports,
/// the map lists. Each case here once drifted (issue 11): a subclass of a type-level [Pii] type, top-level statements,
/// field and property initializers, constructor initializers.
/// </summary>
public sealed class DriftTests
{
    private const string Models = """
        using PiiGuard;
        [Pii(Category.Contact, Purpose = Purpose.Account)]
        public class Contact { public string Email { get; set; } = ""; }
        public class VipContact : Contact { public string Phone { get; set; } = ""; }
        public class Customer { [Pii(Category.Name, Purpose = Purpose.Account)] public string Name { get; set; } = ""; }
        public class Guest { [Pii(Category.Name)] public string Nickname { get; set; } = ""; }
        """;

    [Fact]
    public void SubclassOfTypeLevelPii_ItsOwnMembersAreReportedAndListed()
    {
        var flows = Analyze(("Models.cs", Models), ("Log.cs", """
            using Microsoft.Extensions.Logging;
            public class Audit { public void Run(ILogger l, VipContact v) => l.LogInformation(v.Phone); }
            """));
        Assert.Contains(flows.Diagnostics, d => d.Id == "PII0101" && d.GetMessage().Contains("VipContact.Phone", StringComparison.Ordinal));
        Assert.Contains("| VipContact.Phone |", flows.Map.Markdown, StringComparison.Ordinal);
        Assert.Contains("| VipContact.Phone | Log |", flows.Map.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TopLevelStatements_ReportedAndInTheMap()
    {
        var flows = Analyze(OutputKind.ConsoleApplication, ("Models.cs", Models), ("Program.cs", """
            using Microsoft.Extensions.Logging;
            ILogger logger = null!;
            var customer = new Customer();
            logger.LogInformation(customer.Name);
            """));
        Assert.Contains(flows.Diagnostics, d => d.Id == "PII0101" && d.Location.GetLineSpan().Path.EndsWith("Program.cs", StringComparison.Ordinal));
        Assert.Contains("| Customer.Name | Log | ILogger.LogInformation |  | **no** (PII0101) | top-level statements |", flows.Map.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldAndPropertyInitializers_ReportedAndInTheMap()
    {
        var flows = Analyze(("Models.cs", Models), ("Init.cs", """
            public class Snapshot
            {
                private static readonly Guest Sample = new();
                private readonly string json = System.Text.Json.JsonSerializer.Serialize(Sample.Nickname), plain = "x";
                public string Copy { get; } = Newtonsoft.Json.JsonConvert.SerializeObject(Sample.Nickname);
            }
            """));
        Assert.Equal(2, flows.Diagnostics.Count(d => d.Id == "PII0201"));
        Assert.Contains("| Guest.Nickname | Serialize | JsonSerializer.Serialize |  | **no** (PII0201) | Snapshot.json initializer |", flows.Map.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Guest.Nickname | Serialize | JsonConvert.SerializeObject |  | **no** (PII0201) | Snapshot.Copy initializer |", flows.Map.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ConstructorInitializer_ReportedAndInTheMap()
    {
        var flows = Analyze(("Models.cs", Models), ("Ctor.cs", """
            public class Envelope { public Envelope(string body) { } }
            public class CustomerEnvelope : Envelope
            {
                public CustomerEnvelope(Guest g) : base(System.Text.Json.JsonSerializer.Serialize(g.Nickname)) { }
            }
            """));
        Assert.Contains(flows.Diagnostics, d => d.Id == "PII0201");
        Assert.Contains("| Guest.Nickname | Serialize | JsonSerializer.Serialize |  | **no** (PII0201) | CustomerEnvelope constructor |", flows.Map.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void MinimalApiLambda_InTopLevelStatements_ReportedAndInTheMap()
    {
        var flows = Analyze(OutputKind.ConsoleApplication, ("Models.cs", Models), ("Program.cs", """
            using System;
            using Microsoft.Extensions.Logging;
            ILogger logger = null!;
            Func<Customer, string> handler = c => { logger.LogInformation(c.Name); return "ok"; };
            Console.WriteLine(handler(new Customer()));
            """));
        Assert.Contains(flows.Diagnostics, d => d.Id == "PII0101");
        Assert.Contains("| Customer.Name | Log | ILogger.LogInformation |  | **no** (PII0101) | top-level statements |", flows.Map.Markdown, StringComparison.Ordinal);
    }

    private const string Disclosure = """
        using PiiGuard;
        [assembly: PiiHomeRegion("US")]
        [assembly: PiiDestination("US", Host = "px.ads.example", Recipient = "Ad network", Purpose = Purpose.Advertising)]
        [assembly: PiiDestination("CN", Host = "ops.example.cn", Recipient = "Affiliate", Purpose = Purpose.ServiceDelivery)]
        public class Card
        {
            [Pii(Category.Name, Purpose = Purpose.Payment, DisclosedTo = new string[0], Shared = false)]
            public string Holder { get; set; } = "";

            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery, DisclosedTo = new string[0])]
            public string Email { get; set; } = "";

            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery, DisclosedTo = new[] { "Affiliate" })]
            public string Phone { get; set; } = "";

            [Pii(Category.Location, Purpose = Purpose.ServiceDelivery, DisclosedTo = new string[0])]
            public string Street { get; set; } = "";
        }
        public class Checkout
        {
            public async System.Threading.Tasks.Task Place(System.Net.Http.HttpClient http, Card card)
            {
                await http.GetAsync("https://px.ads.example/t?n=" + card.Holder);
                await http.PostAsync("https://ops.example.cn/orders", new System.Net.Http.StringContent(card.Phone));
                await http.PostAsync("https://crm.example.com/v1", new System.Net.Http.StringContent(card.Email));
            }
        }
        """;

    [Fact]
    public void Findings_AreTheAnalyzersDiagnostics()
    {
        var flows = Analyze(("Shop.cs", Disclosure));
        var md = flows.Map.Markdown;

        // Every flow diagnostic has its row in Findings, and nothing else does.
        var findings = md.Substring(md.IndexOf("## Findings", StringComparison.Ordinal));
        findings = findings.Substring(0, findings.IndexOf("## Gaps", StringComparison.Ordinal));
        var rows = findings.Split('\n').Where(l => l.StartsWith("| PII", StringComparison.Ordinal)).Select(l => l.Substring(2, 7)).OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.Equal(flows.Diagnostics.Select(d => d.Id).OrderBy(x => x, StringComparer.Ordinal).ToList(), rows);
        Assert.Equal(new[] { "PII0302", "PII0401", "PII0402", "PII0403", "PII0404" }, rows.Distinct().ToArray());
        Assert.Contains("| PII0404 | Personal data is sent to a destination that cannot be placed | Card.Email | HttpClient.PostAsync | destination unknown (crm.example.com) | Checkout.Place |", findings, StringComparison.Ordinal);
        Assert.Contains("| PII0302 | Personal data is sent outside the home region without a transfer route | Card.Phone | HttpClient.PostAsync (Affiliate) | Affiliate (CN) | Checkout.Place |", findings, StringComparison.Ordinal);

        // Flows: covered or not, unplaced sends as "destination unknown" with the host.
        Assert.Contains("| Card.Email | Send | HttpClient.PostAsync | destination unknown (crm.example.com) | **no** (PII0404) | Checkout.Place |", md, StringComparison.Ordinal);
        Assert.Contains("| Card.Holder | Send | HttpClient.GetAsync (Ad network) | Ad network (US) | **no** (PII0401, PII0402, PII0403) | Checkout.Place |", md, StringComparison.Ordinal);

        // No item the code sends anywhere says "Not disclosed"; the one it sends nowhere does.
        Assert.Contains("| Holder | Name |  | Payment | No | **the code sends it to Ad network (US) (not declared)** |", md, StringComparison.Ordinal);
        Assert.Contains("| Email | Contact details |  | Service delivery | **not stated** | **the code sends it to destination unknown (crm.example.com)** |", md, StringComparison.Ordinal);
        Assert.Contains("| Phone | Contact details |  | Service delivery | **not stated** | Affiliate |", md, StringComparison.Ordinal);
        Assert.Contains("| Street | Location |  | Service delivery | **not stated** | Not disclosed |", md, StringComparison.Ordinal);

        // Art. 30: the ad network under Payment (the holder's purpose, where the code really sends it), not under
        // Service delivery; the transfer to CN without a route listed.
        var art30 = md.Substring(md.IndexOf("## Record of processing", StringComparison.Ordinal), md.IndexOf("## Security measures", StringComparison.Ordinal) - md.IndexOf("## Record of processing", StringComparison.Ordinal));
        var payment = art30.Split('\n').Single(l => l.StartsWith("| Payment |", StringComparison.Ordinal));
        var delivery = art30.Split('\n').Single(l => l.StartsWith("| Service delivery |", StringComparison.Ordinal));
        Assert.Contains("Ad network (US) (reached by the code, not declared)", payment, StringComparison.Ordinal);
        Assert.DoesNotContain("Ad network", delivery, StringComparison.Ordinal);
        Assert.Contains("Affiliate", delivery, StringComparison.Ordinal);
        Assert.Contains("CN (Affiliate): no transfer route", delivery, StringComparison.Ordinal);
    }

    [Fact]
    public void Flows_RecordedByMember_LineMovesDoNotChangeTheMap()
    {
        var before = Analyze(("Shop.cs", Disclosure)).Map;
        var after = Analyze(("Shop.cs", Disclosure.Replace("public class Checkout\n", "public class Checkout\n\n\n// moved\n", StringComparison.Ordinal))).Map;
        Assert.Equal(before.Markdown, after.Markdown);
        Assert.Equal(before.Json, after.Json);
    }

    private sealed record Outcome(ImmutableArray<Diagnostic> Diagnostics, Result Map);

    private static Outcome Analyze(params (string Path, string Text)[] sources) => Analyze(OutputKind.DynamicallyLinkedLibrary, sources);

    private static Outcome Analyze(OutputKind kind, params (string Path, string Text)[] sources)
    {
        var compilation = Compile(sources).WithOptions(new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PiiFlowAnalyzer()), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestOptionsProvider(new Dictionary<string, string>())))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return new Outcome(diagnostics.Where(d => d.Id != DiagnosticIds.DataMap).ToImmutableArray(), Run(compilation));
    }
}
