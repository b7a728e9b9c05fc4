using System.Threading.Tasks;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// Issue 13, deliverable 4: the SDK presets the first round left untested. Microsoft.Extensions.AI's <c>IChatClient</c> runs
/// on the real package (Microsoft.Extensions.AI.Abstractions 10.11.0); Braintree and Segment are not served by the
/// registry, so their tests declare the SDK's types in source (see <see cref="BraintreeStub"/> and <see cref="SegmentStub"/>).
/// Each preset: reported when its region is declared off the home region, PII0404 when nothing places it, nothing
/// when it is placed in the home region, and nothing for data that is not personal.
/// </summary>
public sealed class SdkPresetFlowTests
{
    private const string Header = """
        using Microsoft.Extensions.AI;
        [assembly: PiiHomeRegion("EU")]

        """;

    private static Task VerifyAsync(string code, params string[] stubs)
    {
        var test = FlowTest.Create(Header + code);
        for (var i = 0; i < stubs.Length; i++)
        {
            test.AdditionalSources.Add(($"Stub{i}.cs", stubs[i]));
        }

        return test.RunAsync();
    }

    // ---- Microsoft.Extensions.AI (real package) --------------------------------------------------------------------

    [Fact]
    public Task ChatClient_PromptStringThroughTheExtensions_Reported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "LLM provider")]

        class Assistant
        {
            private readonly IChatClient chat = null!;

            async Task Run(Customer c)
            {
                await chat.GetResponseAsync($"Write a greeting for {{|PII0302:c.Name|}}");
                await foreach (var update in chat.GetStreamingResponseAsync("Summarise the complaint of " + {|PII0302:c.Email|}))
                {
                }

                await chat.GetResponseAsync("Write a greeting");
                await foreach (var update in chat.GetStreamingResponseAsync($"Summarise order {c.Id}"))
                {
                }
            }
        }
        """);

    [Fact]
    public Task ChatClient_ChatMessagesBuiltFromData_Reported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "LLM provider")]

        // Middleware called through its own type: the call binds to DelegatingChatClient, not to IChatClient.
        class RedactingChatClient(IChatClient inner) : DelegatingChatClient(inner);

        class Assistant
        {
            private readonly IChatClient chat = null!;
            private readonly RedactingChatClient middleware = null!;

            async Task Run(Customer c)
            {
                await middleware.GetResponseAsync(new[] { new ChatMessage(ChatRole.User, {|PII0302:c.Name|}) });
                await middleware.GetResponseAsync(new[] { new ChatMessage(ChatRole.User, "ping") });

                var message = new ChatMessage(ChatRole.User, $"Draft a reply to {c.Email}");
                await chat.GetResponseAsync({|PII0302:message|});

                var history = new List<ChatMessage>
                {
                    new(ChatRole.System, "You are a support agent."),
                    new(ChatRole.User, c.Name),
                };
                await chat.GetResponseAsync({|PII0302:history|});
                await foreach (var update in chat.GetStreamingResponseAsync({|PII0302:history|}))
                {
                }

                var contents = new ChatMessage(ChatRole.User, new List<AIContent> { new TextContent(c.Email) });
                await chat.GetResponseAsync({|PII0302:contents|});

                var clean = new List<ChatMessage> { new(ChatRole.User, "What are your opening hours?") };
                await chat.GetResponseAsync(clean);
                await chat.GetResponseAsync(new ChatMessage(ChatRole.User, $"Order {c.Id} is late"));
            }
        }
        """);

    [Fact]
    public Task ChatClient_PresetWithoutRegion_OnlyTheUnplacedSendNote() => VerifyAsync("""
        class Assistant
        {
            Task Run(IChatClient chat, Customer c) => chat.GetResponseAsync($"Write a greeting for {{|PII0404:c.Name|}}");
        }
        """);

    [Fact]
    public Task ChatClient_PlacedInTheHomeRegion_NotReported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "LLM provider")]

        class Assistant
        {
            // The client's member wins over the assembly-level preset region: a model hosted in the EU.
            [PiiDestination("DE", Recipient = "Self-hosted model")]
            private readonly IChatClient chat = null!;

            async Task Run(Customer c)
            {
                await chat.GetResponseAsync($"Write a greeting for {c.Name}");
                await chat.GetResponseAsync(new List<ChatMessage> { new(ChatRole.User, c.Email) });
            }
        }
        """);

    [Fact]
    public Task ChatClient_AssemblyPlacesThePresetInTheHomeRegion_NotReported() => VerifyAsync("""
        [assembly: PiiDestination("IE", Recipient = "LLM provider")]

        class Assistant
        {
            Task Run(IChatClient chat, Customer c) => chat.GetResponseAsync($"Write a greeting for {c.Name}");
        }
        """);

    // ---- Braintree (stub) ------------------------------------------------------------------------------------------

    /// <summary>
    /// Stub: package not served by the registry, shapes copied from the SDK's public API docs (braintree_dotnet:
    /// <c>BraintreeGateway.Customer</c> is an <c>ICustomerGateway</c> whose <c>Create(CustomerRequest request)</c> returns
    /// <c>Result&lt;Customer&gt;</c>; <c>Transaction.Sale(TransactionRequest request)</c>; <c>Address.Create(string customerId,
    /// AddressRequest request)</c>). Only the members the tests call, with the SDK's names and parameter names.
    /// </summary>
    private const string BraintreeStub = """
        // stub: package not served by the registry, shapes copied from the SDK's public API docs
        using System.Threading.Tasks;

        namespace Braintree
        {
            public class Result<T> { public T Target { get; set; } = default!; public bool IsSuccess() => true; }
            public class Customer { public string Id { get; set; } = ""; }
            public class Transaction { public string Id { get; set; } = ""; }
            public class Address { public string Id { get; set; } = ""; }
            public class CustomerRequest
            {
                public string FirstName { get; set; } = "";
                public string LastName { get; set; } = "";
                public string Email { get; set; } = "";
                public string Phone { get; set; } = "";
                public string PaymentMethodNonce { get; set; } = "";
            }
            public class AddressRequest
            {
                public string StreetAddress { get; set; } = "";
                public string PostalCode { get; set; } = "";
                public string CountryCodeAlpha2 { get; set; } = "";
            }
            public class TransactionRequest
            {
                public decimal Amount { get; set; }
                public string PaymentMethodNonce { get; set; } = "";
                public CustomerRequest Customer { get; set; } = null!;
                public AddressRequest BillingAddress { get; set; } = null!;
            }
            public interface ICustomerGateway
            {
                Result<Customer> Create(CustomerRequest request);
                Task<Result<Customer>> CreateAsync(CustomerRequest request);
                Result<Customer> Update(string Id, CustomerRequest request);
                Customer Find(string Id);
                Result<Customer> Delete(string Id);
            }
            public interface ITransactionGateway
            {
                Result<Transaction> Sale(TransactionRequest request);
                Task<Result<Transaction>> SaleAsync(TransactionRequest request);
                Result<Transaction> Refund(string id);
            }
            public interface IAddressGateway
            {
                Result<Address> Create(string customerId, AddressRequest request);
            }
            public interface IBraintreeGateway
            {
                ICustomerGateway Customer { get; }
                ITransactionGateway Transaction { get; }
                IAddressGateway Address { get; }
            }
            public class BraintreeGateway : IBraintreeGateway
            {
                public BraintreeGateway(string accessToken) { }
                public virtual ICustomerGateway Customer => null!;
                public virtual ITransactionGateway Transaction => null!;
                public virtual IAddressGateway Address => null!;
            }
        }
        """;

    [Fact]
    public Task Braintree_CustomerAndSaleCarryPersonalData_Reported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "Braintree")]

        class Payments
        {
            private readonly Braintree.BraintreeGateway gateway = new("token");

            async Task Run(Customer c, Braintree.IBraintreeGateway injected)
            {
                gateway.Customer.Create({|PII0302:new Braintree.CustomerRequest { FirstName = c.Name, Email = c.Email }|});
                var request = new Braintree.CustomerRequest { Phone = c.VerifiedPhone };
                await injected.Customer.CreateAsync({|PII0302:request|});
                gateway.Customer.Update("42", {|PII0302:new Braintree.CustomerRequest { Email = c.Email }|});
                await gateway.Transaction.SaleAsync({|PII0302:new Braintree.TransactionRequest { Amount = 10m, BillingAddress = new Braintree.AddressRequest { StreetAddress = c.ShippingAddress.Street } }|});
                gateway.Address.Create("42", {|PII0302:new Braintree.AddressRequest { StreetAddress = c.ShippingAddress.Street }|});

                gateway.Customer.Create(new Braintree.CustomerRequest { PaymentMethodNonce = "fake-valid-nonce" });
                gateway.Transaction.Sale(new Braintree.TransactionRequest { Amount = 10m, PaymentMethodNonce = "fake-valid-nonce" });
                gateway.Customer.Find(c.Id.ToString());
                gateway.Transaction.Refund("tx-1");
            }
        }
        """, BraintreeStub);

    [Fact]
    public Task Braintree_PresetWithoutRegion_OnlyTheUnplacedSendNote() => VerifyAsync("""
        class Payments
        {
            void Run(Braintree.IBraintreeGateway gateway, Customer c) =>
                gateway.Customer.Create({|PII0404:new Braintree.CustomerRequest { Email = c.Email }|});
        }
        """, BraintreeStub);

    [Fact]
    public Task Braintree_PresetInTheHomeRegion_NotReported() => VerifyAsync("""
        [assembly: PiiDestination("NL", Recipient = "Braintree")]

        class Payments
        {
            void Run(Braintree.IBraintreeGateway gateway, Customer c) =>
                gateway.Customer.Create(new Braintree.CustomerRequest { Email = c.Email });
        }
        """, BraintreeStub);

    // ---- Segment (stub) --------------------------------------------------------------------------------------------

    /// <summary>
    /// Stub: package not served by the registry, shapes copied from the SDK's public API docs (Analytics.NET:
    /// <c>Segment.Analytics.Client</c> is a <c>Segment.Client</c> implementing <c>Segment.IAnalyticsClient</c>;
    /// <c>Identify(string userId, IDictionary&lt;string, object&gt; traits)</c>, <c>Track(string userId, string eventName,
    /// IDictionary&lt;string, object&gt; properties)</c>, <c>Segment.Model.Traits</c> a dictionary).
    /// </summary>
    private const string SegmentStub = """
        // stub: package not served by the registry, shapes copied from the SDK's public API docs
        using System.Collections.Generic;

        namespace Segment.Model
        {
            public class Dict : Dictionary<string, object> { }
            public class Traits : Dict { }
            public class Properties : Dict { }
        }

        namespace Segment
        {
            public interface IAnalyticsClient
            {
                void Identify(string userId, IDictionary<string, object> traits);
                void Track(string userId, string eventName);
                void Track(string userId, string eventName, IDictionary<string, object> properties);
                void Alias(string previousId, string userId);
                void Flush();
            }
            public class Client : IAnalyticsClient
            {
                public Client(string writeKey) { }
                public void Identify(string userId, IDictionary<string, object> traits) { }
                public void Track(string userId, string eventName) { }
                public void Track(string userId, string eventName, IDictionary<string, object> properties) { }
                public void Alias(string previousId, string userId) { }
                public void Flush() { }
            }
            public class Analytics
            {
                public static Client Client { get; private set; } = null!;
                public static void Initialize(string writeKey) { Client = new Client(writeKey); }
            }
        }
        """;

    [Fact]
    public Task Segment_IdentifyTraitsAndTrackProperties_Reported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "Segment")]

        class Tracking
        {
            void Run(Customer c, Segment.IAnalyticsClient injected)
            {
                Segment.Analytics.Client.Identify(c.Id.ToString(), {|PII0302:new Segment.Model.Traits { { "email", c.Email }, { "plan", "pro" } }|});
                var traits = new Dictionary<string, object> { ["name"] = c.Name };
                injected.Identify(c.Id.ToString(), {|PII0302:traits|});
                Segment.Analytics.Client.Track({|PII0302:c.Email|}, "Signed Up");
                injected.Alias("anonymous-1", {|PII0302:c.Email|});

                Segment.Analytics.Client.Identify(c.Id.ToString(), new Segment.Model.Traits { { "plan", "pro" } });
                Segment.Analytics.Client.Track(c.Id.ToString(), "Order Completed", new Segment.Model.Properties { { "total", 42m } });
                Segment.Analytics.Client.Flush();
            }
        }
        """, SegmentStub);

    [Fact]
    public Task Segment_PresetWithoutRegion_OnlyTheUnplacedSendNote() => VerifyAsync("""
        class Tracking
        {
            void Run(Customer c) => Segment.Analytics.Client.Identify(c.Id.ToString(), {|PII0404:new Segment.Model.Traits { { "email", c.Email } }|});
        }
        """, SegmentStub);

    [Fact]
    public Task Segment_ClientMemberPlacedInTheHomeRegion_NotReported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "Segment")]

        class Tracking
        {
            [PiiDestination("DE", Recipient = "Segment EU workspace")]
            private readonly Segment.IAnalyticsClient analytics = null!;

            void Run(Customer c) => analytics.Identify(c.Id.ToString(), new Segment.Model.Traits { { "email", c.Email } });
        }
        """, SegmentStub);

    /// <summary>
    /// Stub: package not served by the registry, shapes copied from the SDK's public API docs (Analytics-CSharp, the
    /// successor of Analytics.NET: <c>new Segment.Analytics.Analytics(configuration)</c>, <c>Identify(string userId,
    /// JsonObject traits = default)</c>, <c>Track(string name, JsonObject properties = default)</c>,
    /// <c>Segment.Serialization.JsonObject</c> filled by key). A separate stub: its namespace <c>Segment.Analytics</c>
    /// cannot live next to Analytics.NET's class <c>Segment.Analytics</c>.
    /// </summary>
    private const string SegmentCSharpStub = """
        // stub: package not served by the registry, shapes copied from the SDK's public API docs
        using System.Collections.Generic;

        namespace Segment.Serialization
        {
            public class JsonObject : Dictionary<string, object> { }
        }

        namespace Segment.Analytics
        {
            using Segment.Serialization;

            public class Configuration { public Configuration(string writeKey) { } }
            public partial class Analytics
            {
                public Analytics(Configuration configuration) { }
                public virtual void Identify(string userId, JsonObject traits = default!) { }
                public virtual void Track(string name, JsonObject properties = default!) { }
                public virtual void Flush() { }
            }
        }
        """;

    [Fact]
    public Task SegmentCSharp_IdentifyTraitsAndTrackProperties_Reported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "Segment")]

        class Tracking
        {
            private readonly Segment.Analytics.Analytics analytics = new(new Segment.Analytics.Configuration("key"));

            void Run(Customer c)
            {
                analytics.Identify(c.Id.ToString(), {|PII0302:new Segment.Serialization.JsonObject { ["email"] = c.Email }|});
                analytics.Track("Signed Up", {|PII0302:new Segment.Serialization.JsonObject { ["name"] = c.Name }|});

                analytics.Identify(c.Id.ToString(), new Segment.Serialization.JsonObject { ["plan"] = "pro" });
                analytics.Track("Order Completed");
                analytics.Flush();
            }
        }
        """, SegmentCSharpStub);

    [Fact]
    public Task SegmentCSharp_PresetWithoutRegion_OnlyTheUnplacedSendNote() => VerifyAsync("""
        class Tracking
        {
            void Run(Segment.Analytics.Analytics analytics, Customer c) =>
                analytics.Identify(c.Id.ToString(), {|PII0404:new Segment.Serialization.JsonObject { ["email"] = c.Email }|});
        }
        """, SegmentCSharpStub);
}
