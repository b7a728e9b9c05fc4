using System.Threading.Tasks;
using Xunit;
using static PiiGuard.Tests.Analyzers.Flow.FlowTest;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Flow.PiiFlowAnalyzer>;

namespace PiiGuard.Tests.Analyzers.Flow;

public sealed class TransferFlowTests
{
    private const string Channels = """
        [PiiDestination("US", Recipient = "Global operations")]
        public class OperationsClient
        {
            public Task SendAsync(object payload) => Task.CompletedTask;
            public Task PingAsync(int id) => Task.CompletedTask;
        }

        [PiiDestination("DE", Recipient = "Frankfurt store")]
        public interface IStore
        {
            Task SaveAsync(object payload);
        }

        """;

    [Fact]
    public Task OffRegion_NoPurpose_And_NoTransfer_Reported() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]

        """ + Channels + """
        class Sync
        {
            async Task Run(OperationsClient ops, Customer c)
            {
                await ops.SendAsync({|#0:c.Fax|});
                await ops.SendAsync({|#1:c.Email|});
                await ops.PingAsync(c.Id);
            }
        }
        """,
        Verify.Diagnostic("PII0301").WithLocation(0).WithArguments("Customer.Fax", "Contact", "OperationsClient.SendAsync (Global operations)", "US", "EU", "Customer.Fax → OperationsClient.SendAsync (Global operations)"),
        Verify.Diagnostic("PII0302").WithLocation(1).WithArguments("Customer.Email", "Contact", "OperationsClient.SendAsync (Global operations)", "US", "EU", "Customer.Email → OperationsClient.SendAsync (Global operations)"));

    [Fact]
    public Task OffRegion_WithTransferRoute_OnlyPurposelessReported() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiTransfer("US", TransferMechanism.StandardContractualClauses)]

        """ + Channels + """
        class Sync
        {
            async Task Run(OperationsClient ops, Customer c)
            {
                await ops.SendAsync(c.Email);
                await ops.SendAsync({|PII0301:c.Fax|});
            }
        }
        """);

    [Fact]
    public Task OffRegion_AnonymisedRoute_DoesNotCover() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiTransfer("US", TransferMechanism.Anonymised)]

        """ + Channels + """
        class Sync
        {
            Task Run(OperationsClient ops, Customer c) => ops.SendAsync({|PII0302:c.Email|});
        }
        """);

    [Fact]
    public Task InsideHomeRegion_NotReported() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]

        """ + Channels + """
        class Sync
        {
            Task Run(IStore store, Customer c) => store.SaveAsync(c.Fax);
        }
        """);

    [Fact]
    public Task NoHomeRegion_NotReported() => VerifyAsync(Channels + """
        class Sync
        {
            Task Run(OperationsClient ops, Customer c) => ops.SendAsync(c.Fax);
        }
        """);

    [Fact]
    public Task HomeRegionFromMsBuildProperty_Used()
    {
        var test = Create(Channels + """
            class Sync
            {
                Task Run(OperationsClient ops, Customer c) => ops.SendAsync({|PII0301:c.Fax|});
            }
            """);
        test.BuildProperties["PiiGuardHomeRegion"] = "EU";
        return test.RunAsync();
    }

    [Fact]
    public Task WholeObjectToDestination_ReportsItsMembers() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiTransfer("US", TransferMechanism.StandardContractualClauses)]

        """ + Channels + """
        class Sync
        {
            Task Run(OperationsClient ops, Order o) => ops.SendAsync({|#0:o|});
        }
        """,
        Verify.Diagnostic("PII0301").WithLocation(0).WithArguments("Customer.Fax", "Contact", "OperationsClient.SendAsync (Global operations)", "US", "EU", "Customer.Fax → Order → OperationsClient.SendAsync (Global operations)"));

    [Fact]
    public Task HttpClient_HostMappedUrl_Reported() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiDestination("US", Host = "api.partner.example", Recipient = "Analytics partner")]

        class Partner
        {
            async Task Run(System.Net.Http.HttpClient http, Customer c)
            {
                await http.GetAsync($"https://api.partner.example/lookup?email={{|#0:c.Email|}}");
                await http.GetAsync($"https://internal.example/lookup?email={{|#3:c.Email|}}");
                await http.PostAsync("https://api.partner.example/v1/events", new System.Net.Http.StringContent({|#1:c.Name|}));
                await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "https://api.partner.example/v1/customers", {|#2:c|});
            }
        }
        """,
        Verify.Diagnostic("PII0302").WithLocation(0).WithArguments("Customer.Email", "Contact", "HttpClient.GetAsync (Analytics partner)", "US", "EU", "Customer.Email → HttpClient.GetAsync (Analytics partner)"),
        Verify.Diagnostic("PII0302").WithLocation(1).WithArguments("Customer.Name", "Name", "HttpClient.PostAsync (Analytics partner)", "US", "EU", "Customer.Name → HttpClient.PostAsync (Analytics partner)"),
        Verify.Diagnostic("PII0302").WithLocation(2).WithArguments("Customer.Email, Customer.Name and 3 more", "Contact, Name, Health", "HttpClient.PostAsJsonAsync (Analytics partner)", "US", "EU", "Customer.Email → Customer → HttpClient.PostAsJsonAsync (Analytics partner)"),
        Verify.Diagnostic("PII0301").WithLocation(2).WithArguments("Customer.Fax", "Contact", "HttpClient.PostAsJsonAsync (Analytics partner)", "US", "EU", "Customer.Fax → Customer → HttpClient.PostAsJsonAsync (Analytics partner)"),
        Verify.Diagnostic("PII0404").WithLocation(3).WithArguments("Customer.Email", "Contact", "HttpClient.GetAsync", "host internal.example", "Customer.Email → HttpClient.GetAsync"));

    [Fact]
    public Task TypedHttpClientWrapper_FieldAndClassDestinations_Reported() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]

        class Gateway
        {
            [PiiDestination("CN", Recipient = "Order processing")]
            private readonly System.Net.Http.HttpClient orders = new();
            private readonly System.Net.Http.HttpClient local = new();

            async Task Run(Customer c)
            {
                await orders.PostAsync("orders", new System.Net.Http.StringContent({|PII0302:c.Email|}));
                await local.PostAsync("orders", new System.Net.Http.StringContent({|PII0404:c.Email|}));
            }
        }

        [PiiDestination("US")]
        class UsPartnerClient
        {
            private readonly System.Net.Http.HttpClient http = new();

            public Task Send(string body) => http.PostAsync("events", new System.Net.Http.StringContent(body));
        }

        class Caller
        {
            Task Run(UsPartnerClient client, Customer c) => client.Send({|PII0302:c.Name|});
        }
        """);

    [Fact]
    public Task HelperSendingItsParameter_ReportedAtCallSite() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]

        """ + Channels + """
        class Sync
        {
            private readonly OperationsClient ops = new();

            Task Forward(object value) => ops.SendAsync(value);

            Task Run(Customer c) => Forward({|PII0301:c.Fax|});
        }
        """);
}

public sealed class UrlPlacementTests
{
    [Fact]
    public Task HandlerInterpolationAndUrlInLocal_Placed() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiDestination("US", Host = "api.weather.example")]

        class Weather
        {
            async Task Run(System.Net.Http.HttpClient http, Customer c)
            {
                var url = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"https://api.weather.example/v1?who={c.Email}");
                await http.GetStringAsync({|#1:url|});
                var safe = $"https://api.weather.example/v1?id={c.Id}";
                await http.GetStringAsync(safe);
            }
        }
        """,
        Verify.Diagnostic("PII0302").WithLocation(1).WithArguments("Customer.Email", "Contact", "HttpClient.GetStringAsync", "US", "EU", "Customer.Email → local 'url' → HttpClient.GetStringAsync"));
}

public sealed class DestinationBodyTests
{
    [Fact]
    public Task DestinationWithVisibleBody_ReportsWhatItActuallySends() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]

        [PiiDestination("US", Recipient = "Couriers")]
        class CourierClient
        {
            private readonly System.Net.Http.HttpClient http = new();

            public Task ShipAsync(Order order) =>
                System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "shipments", new { order.Id, {|#0:order.Customer.Name|} });
        }

        class Checkout
        {
            Task Run(CourierClient couriers, Order o) => couriers.ShipAsync(o);
        }
        """,
        Verify.Diagnostic("PII0302").WithLocation(0).WithArguments("Customer.Name", "Name", "HttpClient.PostAsJsonAsync (Couriers)", "US", "EU", "Customer.Name → HttpClient.PostAsJsonAsync (Couriers)"));
}
