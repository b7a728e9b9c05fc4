using System.Threading.Tasks;
using Xunit;
using static PiiGuard.Tests.Analyzers.Flow.FlowTest;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Flow.PiiFlowAnalyzer>;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>PII04xx — disclosure: recipients, uses, sale and sharing, unplaced sends; on the real HttpClient.</summary>
public sealed class DisclosureFlowTests
{
    // A shop in the US (home region), its partners in the US too: nothing here is off-region.
    private const string Shop = """
        [assembly: PiiHomeRegion("US")]
        [assembly: PiiDestination("US", Host = "fraud.example", Recipient = "FraudShield", RecipientKind = "Fraud prevention partners", Purpose = Purpose.FraudPrevention)]
        [assembly: PiiDestination("US", Host = "ship.example", Recipient = "Delivery companies", Purpose = Purpose.ServiceDelivery)]
        [assembly: PiiDestination("US", Host = "px.ads.example", Recipient = "Ad network", Purpose = Purpose.Advertising)]
        [assembly: PiiDestination("US", Host = "data.broker.example", Recipient = "Data broker", Purpose = Purpose.ThirdPartySharing)]

        public class Card
        {
            [Pii(Category.Payment, Purpose = Purpose.Payment, DisclosedTo = new[] { "Card clearing agencies" })]
            public string Number { get; set; } = "";

            [Pii(Category.Payment, Purpose = Purpose.Payment | Purpose.FraudPrevention, DisclosedTo = new[] { "Fraud prevention partners" })]
            public string Fingerprint { get; set; } = "";

            [Pii(Category.Name, Purpose = Purpose.Payment, DisclosedTo = new string[0], Shared = false)]
            public string Holder { get; set; } = "";

            [Pii(Category.Contact, Purpose = Purpose.Advertising, Shared = true, SharedWith = new[] { "Ad network" })]
            public string AdEmail { get; set; } = "";

            [Pii(Category.Contact, Purpose = Purpose.ThirdPartySharing, Sold = true, SoldTo = new[] { "Data broker" })]
            public string SoldEmail { get; set; } = "";

            [Pii(Category.Location, Purpose = Purpose.ServiceDelivery)]
            public string Street { get; set; } = "";
        }

        """;

    [Fact]
    public Task RecipientNotInDisclosedTo_InHomeRegion_Reported() => VerifyAsync(Shop + """
        class Checkout
        {
            async Task Run(System.Net.Http.HttpClient http, Card card)
            {
                await http.PostAsync("https://fraud.example/screen", new System.Net.Http.StringContent({|#0:card.Number|}));
            }
        }
        """,
        Verify.Diagnostic("PII0401").WithLocation(0).WithArguments("Card.Number", "Payment", "HttpClient.PostAsync (FraudShield)", "FraudShield (US)", "Card clearing agencies", "Card.Number → HttpClient.PostAsync (FraudShield)"),
        Verify.Diagnostic("PII0402").WithLocation(0).WithArguments("Card.Number", "Payment", "HttpClient.PostAsync (FraudShield)", "FraudShield (US)", "FraudPrevention", "Payment", "Card.Number → HttpClient.PostAsync (FraudShield)"));

    [Fact]
    public Task RecipientKindInDisclosedTo_AndPurposeDeclared_NotReported() => VerifyAsync(Shop + """
        class Checkout
        {
            Task Run(System.Net.Http.HttpClient http, Card card) => http.PostAsync("https://fraud.example/screen", new System.Net.Http.StringContent(card.Fingerprint));
        }
        """);

    [Fact]
    public Task SilentDeclaration_NotReportedAsUndeclaredRecipient() => VerifyAsync(Shop + """
        class Shipping
        {
            Task Run(System.Net.Http.HttpClient http, Card card) => http.PostAsync("https://ship.example/labels", new System.Net.Http.StringContent(card.Street));
        }
        """);

    [Fact]
    public Task PurposeNotAmongItemPurposes_Reported() => VerifyAsync(Shop + """
        class Checkout
        {
            Task Run(System.Net.Http.HttpClient http, Card card) => http.PostAsync("https://ship.example/labels", new System.Net.Http.StringContent({|#0:card.Fingerprint|}));
        }
        """,
        Verify.Diagnostic("PII0401").WithLocation(0).WithArguments("Card.Fingerprint", "Payment", "HttpClient.PostAsync (Delivery companies)", "Delivery companies (US)", "Fraud prevention partners", "Card.Fingerprint → HttpClient.PostAsync (Delivery companies)"),
        Verify.Diagnostic("PII0402").WithLocation(0).WithArguments("Card.Fingerprint", "Payment", "HttpClient.PostAsync (Delivery companies)", "Delivery companies (US)", "ServiceDelivery", "Payment, FraudPrevention", "Card.Fingerprint → HttpClient.PostAsync (Delivery companies)"));

    [Fact]
    public Task AdvertisingDestination_ItemNotShared_ReportedAsShare() => VerifyAsync(Shop + """
        class Pixel
        {
            Task Run(System.Net.Http.HttpClient http, Card card) => http.GetAsync($"https://px.ads.example/t?n={{|#0:card.Holder|}}");
        }
        """,
        Verify.Diagnostic("PII0401").WithLocation(0).WithArguments("Card.Holder", "Name", "HttpClient.GetAsync (Ad network)", "Ad network (US)", "none", "Card.Holder → HttpClient.GetAsync (Ad network)"),
        Verify.Diagnostic("PII0402").WithLocation(0).WithArguments("Card.Holder", "Name", "HttpClient.GetAsync (Ad network)", "Ad network (US)", "Advertising", "Payment", "Card.Holder → HttpClient.GetAsync (Ad network)"),
        Verify.Diagnostic("PII0403").WithLocation(0).WithArguments("Card.Holder", "Name", "HttpClient.GetAsync (Ad network)", "Ad network (US)", "Advertising", "shared for cross-context behavioural advertising", "Shared = true or SharedWith", "Card.Holder → HttpClient.GetAsync (Ad network)"));

    [Fact]
    public Task SaleDestination_ItemNotSold_ReportedAsSale() => VerifyAsync(Shop + """
        class Broker
        {
            Task Run(System.Net.Http.HttpClient http, Card card) => http.GetAsync($"https://data.broker.example/t?e={{|#0:card.AdEmail|}}");
        }
        """,
        Verify.Diagnostic("PII0401").WithLocation(0).WithArguments("Card.AdEmail", "Contact", "HttpClient.GetAsync (Data broker)", "Data broker (US)", "Ad network", "Card.AdEmail → HttpClient.GetAsync (Data broker)"),
        Verify.Diagnostic("PII0402").WithLocation(0).WithArguments("Card.AdEmail", "Contact", "HttpClient.GetAsync (Data broker)", "Data broker (US)", "ThirdPartySharing", "Advertising", "Card.AdEmail → HttpClient.GetAsync (Data broker)"),
        Verify.Diagnostic("PII0403").WithLocation(0).WithArguments("Card.AdEmail", "Contact", "HttpClient.GetAsync (Data broker)", "Data broker (US)", "ThirdPartySharing", "sold", "Sold = true or SoldTo", "Card.AdEmail → HttpClient.GetAsync (Data broker)"));

    [Fact]
    public Task DeclaredShareAndSale_NotReported() => VerifyAsync(Shop + """
        class Partners
        {
            async Task Run(System.Net.Http.HttpClient http, Card card)
            {
                await http.GetAsync($"https://px.ads.example/t?e={card.AdEmail}");
                await http.GetAsync($"https://data.broker.example/t?e={card.SoldEmail}");
            }
        }
        """);

    [Fact]
    public Task UnplacedSend_ReportedWithHost() => VerifyAsync(Shop + """
        class Crm
        {
            async Task Run(System.Net.Http.HttpClient http, Card card, Customer c, string url)
            {
                await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "https://crm.example.com/v1/customers", {|#0:c|});
                await http.PostAsync(url, new System.Net.Http.StringContent({|#1:card.Street|}));
            }
        }
        """,
        Verify.Diagnostic("PII0404").WithLocation(0).WithArguments("Customer.Email, Customer.Name and 4 more", "Contact, Name, Health", "HttpClient.PostAsJsonAsync", "host crm.example.com", "Customer.Email → Customer → HttpClient.PostAsJsonAsync"),
        Verify.Diagnostic("PII0404").WithLocation(1).WithArguments("Card.Street", "Location", "HttpClient.PostAsync", "a destination", "Card.Street → HttpClient.PostAsync"));

    [Fact]
    public Task PlacedSend_NotReportedAsUnplaced() => VerifyAsync(Shop + """
        class Shipping
        {
            async Task Run(System.Net.Http.HttpClient http, Card card, int id)
            {
                await http.PostAsync("https://ship.example/labels", new System.Net.Http.StringContent(card.Street));
                await http.GetAsync($"https://crm.example.com/v1/orders/{id}");
            }
        }
        """);

    [Fact]
    public Task OffRegionAndUndeclaredRecipient_BothReported() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]
        [PiiDestination("US", Recipient = "Global operations", Purpose = Purpose.ServiceDelivery)]
        public class OperationsClient
        {
            public Task SendAsync(object payload) => Task.CompletedTask;
        }

        public class Person
        {
            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery, DisclosedTo = new[] { "Couriers" })]
            public string Email { get; set; } = "";
        }

        class Sync
        {
            Task Run(OperationsClient ops, Person p) => ops.SendAsync({|#0:p.Email|});
        }
        """,
        Verify.Diagnostic("PII0302").WithLocation(0).WithArguments("Person.Email", "Contact", "OperationsClient.SendAsync (Global operations)", "US", "EU", "Person.Email → OperationsClient.SendAsync (Global operations)"),
        Verify.Diagnostic("PII0401").WithLocation(0).WithArguments("Person.Email", "Contact", "OperationsClient.SendAsync (Global operations)", "Global operations (US)", "Couriers", "Person.Email → OperationsClient.SendAsync (Global operations)"));

    [Fact]
    public Task Pragma_SuppressesEachId() => VerifyAsync(Shop + """
        class Pixel
        {
            async Task Run(System.Net.Http.HttpClient http, Card card)
            {
        #pragma warning disable PII0401, PII0402, PII0403, PII0404
                await http.GetAsync($"https://px.ads.example/t?n={card.Holder}");
                await http.PostAsync("https://crm.example.com/x", new System.Net.Http.StringContent(card.Street));
        #pragma warning restore PII0401, PII0402, PII0403, PII0404
            }
        }
        """);

    [Fact]
    public Task EditorConfigSeverityNone_SuppressesEachId()
    {
        var test = Create(Shop + """
            class Pixel
            {
                async Task Run(System.Net.Http.HttpClient http, Card card)
                {
                    await http.GetAsync($"https://px.ads.example/t?n={card.Holder}");
                    await http.PostAsync("https://crm.example.com/x", new System.Net.Http.StringContent(card.Street));
                }
            }
            """);
        test.EditorConfig = "[*.cs]\ndotnet_diagnostic.PII0401.severity = none\ndotnet_diagnostic.PII0402.severity = none\ndotnet_diagnostic.PII0403.severity = none\ndotnet_diagnostic.PII0404.severity = none\n";
        return test.RunAsync();
    }

    [Fact]
    public Task HalfTypedDestination_NoCrash() => VerifyAsync("""
        [assembly: PiiDestination("US", Host = "x.example", Purpose = (Purpose)(-1))]
        [assembly: PiiDestination({|CS1503:42|}, Host = "y.example", Recipient = null)]

        class Send
        {
            Task Run(System.Net.Http.HttpClient http, Customer c) => http.GetAsync($"https://x.example/?e={c.Email}");
        }
        """);
}
