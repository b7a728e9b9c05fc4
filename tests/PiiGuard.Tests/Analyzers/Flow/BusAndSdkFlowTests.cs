using System.Threading.Tasks;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// Issue 13, deliverables 3 and 4: message buses (Azure Service Bus, MassTransit, Kafka) placed by <c>[PiiDestination]</c>
/// on the client, and third-party SDK presets (Stripe, SendGrid, Twilio, Sentry, OpenAI) placed by
/// <c>[assembly: PiiDestination(region, Recipient = preset)]</c> — all on the real packages.
/// </summary>
public sealed class BusAndSdkFlowTests
{
    private const string Header = """
        [assembly: PiiHomeRegion("EU")]

        """;

    private static Task VerifyAsync(string code) => FlowTest.VerifyAsync(Header + code);

    [Fact]
    public Task ServiceBus_MessageBodyCarriesPersonalData_Reported() => VerifyAsync("""
        class Publisher
        {
            [PiiDestination("US", Recipient = "Fulfilment partner")]
            private readonly Azure.Messaging.ServiceBus.ServiceBusSender sender = null!;

            [PiiDestination("DE", Recipient = "Warehouse")]
            private readonly Azure.Messaging.ServiceBus.ServiceBusSender local = null!;

            async Task Run(Customer c)
            {
                await sender.SendMessageAsync(new Azure.Messaging.ServiceBus.ServiceBusMessage({|PII0302:c.Email|}));
                await sender.ScheduleMessageAsync(new Azure.Messaging.ServiceBus.ServiceBusMessage({|PII0302:c.Name|}), DateTimeOffset.UtcNow);
                await local.SendMessageAsync(new Azure.Messaging.ServiceBus.ServiceBusMessage(c.Email));
                await sender.SendMessageAsync(new Azure.Messaging.ServiceBus.ServiceBusMessage("ping"));
            }
        }
        """);

    [Fact]
    public Task ServiceBus_UnplacedSender_OnlyTheUnplacedSendNote() => VerifyAsync("""
        class Publisher
        {
            private readonly Azure.Messaging.ServiceBus.ServiceBusSender sender = null!;

            Task Run(Customer c) => sender.SendMessageAsync(new Azure.Messaging.ServiceBus.ServiceBusMessage({|PII0404:c.Email|}));
        }
        """);

    [Fact]
    public Task MassTransit_PublishedEventCarriesTheCustomer_Reported() => VerifyAsync("""
        public record CustomerRegistered(int Id, [property: Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)] string Email);
        public record StockLow(int ProductId);

        [PiiDestination("US", Recipient = "CRM")]
        class Events
        {
            private readonly MassTransit.IPublishEndpoint bus = null!;
            private readonly MassTransit.ISendEndpoint queue = null!;

            async Task Run(Customer c)
            {
                var registered = new CustomerRegistered(c.Id, c.Email);
                await bus.Publish({|PII0302:registered|});
                await queue.Send({|PII0302:new CustomerRegistered(c.Id, "x")|});
                await bus.Publish(new StockLow(3));
            }
        }
        """);

    [Fact]
    public Task Kafka_ProducedMessageKeyCarriesPersonalData_Reported() => VerifyAsync("""
        class Producer
        {
            [PiiDestination("US", Recipient = "Event stream")]
            private readonly Confluent.Kafka.IProducer<string, string> producer = null!;

            async Task Run(Customer c)
            {
                await producer.ProduceAsync("customers", {|PII0302:new Confluent.Kafka.Message<string, string> { Key = c.Email, Value = "registered" }|});
                producer.Produce("stock", new Confluent.Kafka.Message<string, string> { Key = "sku-1", Value = "low" });
            }
        }
        """);

    [Fact]
    public Task Stripe_PresetPlacedByAssemblyRecipient_Reported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "Stripe", RecipientKind = "Processor")]

        class Billing
        {
            async Task Run(Customer c)
            {
                var customers = new Stripe.CustomerService();
                await customers.CreateAsync({|PII0302:new Stripe.CustomerCreateOptions { Email = c.Email }|});
                await customers.CreateAsync(new Stripe.CustomerCreateOptions { Description = "walk-in" });
            }
        }
        """);

    [Fact]
    public Task Stripe_PresetWithoutRegion_OnlyTheUnplacedSendNote() => VerifyAsync("""
        class Billing
        {
            Task Run(Customer c) => new Stripe.CustomerService().CreateAsync({|PII0404:new Stripe.CustomerCreateOptions { Email = c.Email }|});
        }
        """);

    [Fact]
    public Task Stripe_PresetInTheHomeRegionOrCoveredByATransfer_NotReported() => VerifyAsync("""
        [assembly: PiiDestination("IE", Recipient = "Stripe")]

        class Billing
        {
            Task Run(Customer c) => new Stripe.CustomerService().CreateAsync(new Stripe.CustomerCreateOptions { Email = c.Email });
        }
        """);

    [Fact]
    public Task SendGrid_MailToTheCustomer_Reported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "SendGrid")]

        class Mailer
        {
            private readonly SendGrid.ISendGridClient client = null!;

            async Task Run(Customer c)
            {
                var mail = SendGrid.Helpers.Mail.MailHelper.CreateSingleEmail(
                    new SendGrid.Helpers.Mail.EmailAddress("shop@example.com"), new SendGrid.Helpers.Mail.EmailAddress(c.Email), "Your order", "Thanks", "<p>Thanks</p>");
                await client.SendEmailAsync({|PII0302:mail|});
                var notice = SendGrid.Helpers.Mail.MailHelper.CreateSingleEmail(
                    new SendGrid.Helpers.Mail.EmailAddress("shop@example.com"), new SendGrid.Helpers.Mail.EmailAddress("ops@example.com"), "Stock", "Low", "<p>Low</p>");
                await client.SendEmailAsync(notice);
            }
        }
        """);

    [Fact]
    public Task SendGrid_ClientMemberPlacedInTheHomeRegion_NotReported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "SendGrid")]

        class Mailer
        {
            [PiiDestination("DE", Recipient = "SendGrid EU")]
            private readonly SendGrid.ISendGridClient client = null!;

            Task Run(Customer c) => client.SendEmailAsync(SendGrid.Helpers.Mail.MailHelper.CreateSingleEmail(
                new SendGrid.Helpers.Mail.EmailAddress("shop@example.com"), new SendGrid.Helpers.Mail.EmailAddress(c.Email), "Hi", "Hi", "Hi"));
        }
        """);

    [Fact]
    public Task Twilio_SmsToTheCustomersPhone_Reported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "Twilio")]

        class Sms
        {
            void Run(Customer c)
            {
                Twilio.Rest.Api.V2010.Account.MessageResource.Create(
                    to: new Twilio.Types.PhoneNumber({|PII0302:c.VerifiedPhone|}), from: new Twilio.Types.PhoneNumber("+15005550006"), body: "Your parcel is on its way");
                Twilio.Rest.Api.V2010.Account.MessageResource.Create(
                    to: new Twilio.Types.PhoneNumber("+15005550001"), from: new Twilio.Types.PhoneNumber("+15005550006"), body: "Stock low");
            }
        }
        """);

    [Fact]
    public Task Sentry_MessageCarriesPersonalData_Reported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "Sentry")]

        class Errors
        {
            void Run(Customer c)
            {
                Sentry.SentrySdk.CaptureMessage($"checkout failed for {{|PII0302:c.Email|}}");
                Sentry.SentrySdk.CaptureMessage("checkout failed");
            }
        }
        """);

    [Fact]
    public Task OpenAI_PromptCarriesPersonalData_Reported() => VerifyAsync("""
        [assembly: PiiDestination("US", Recipient = "OpenAI")]

        class Assistant
        {
            private readonly OpenAI.Chat.ChatClient chat = null!;

            async Task Run(Customer c)
            {
                await chat.CompleteChatAsync(new OpenAI.Chat.UserChatMessage($"Write a greeting for {{|PII0302:c.Name|}}"));
                await chat.CompleteChatAsync(new OpenAI.Chat.UserChatMessage("Write a greeting"));
            }
        }
        """);
}
