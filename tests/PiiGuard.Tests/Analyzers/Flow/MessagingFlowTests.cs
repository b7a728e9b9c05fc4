using System.Threading.Tasks;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>Issue 13, deliverable 3: mail and message buses are sends, placed by <c>[PiiDestination]</c> on the client.</summary>
public sealed class MessagingFlowTests
{
    private const string Header = """
        using RabbitMQ.Client;
        [assembly: PiiHomeRegion("EU")]

        """;

    private static Task VerifyAsync(string code) => FlowTest.VerifyAsync(Header + code);

    [Fact]
    public Task SmtpClient_OffRegionProvider_Reported() => VerifyAsync("""
        class Mailer
        {
            [PiiDestination("US", Recipient = "Mail provider")]
            private readonly System.Net.Mail.SmtpClient smtp = new();

            [PiiDestination("DE", Recipient = "Local relay")]
            private readonly System.Net.Mail.SmtpClient relay = new();

            void Run(Customer c)
            {
                smtp.Send("shop@example.com", {|PII0302:c.Email|}, "Welcome", "Hello");
                relay.Send("shop@example.com", c.Email, "Welcome", "Hello");
                smtp.Send("shop@example.com", "ops@example.com", "Stock", "12 left");
            }
        }
        """);

    [Fact]
    public Task MailKit_MimeMessageWithPersonalData_Reported() => VerifyAsync("""
        class Mailer
        {
            [PiiDestination("US", Recipient = "Mail provider")]
            private readonly MailKit.Net.Smtp.SmtpClient smtp = new();

            async Task Run(Customer c)
            {
                var message = new MimeKit.MimeMessage();
                message.To.Add(MimeKit.MailboxAddress.Parse(c.Email));
                message.Subject = "Your order";
                await smtp.SendAsync({|PII0302:message|});
                var notice = new MimeKit.MimeMessage { Subject = "Stock low" };
                await smtp.SendAsync(notice);
            }
        }
        """);

    [Fact]
    public Task RabbitMq_PublishedBodyCarriesTheCustomer_Reported() => VerifyAsync("""
        class Publisher
        {
            [PiiDestination("US", Recipient = "Order processing")]
            private readonly RabbitMQ.Client.IChannel channel = null!;

            async Task Run(CustomerRecord c)
            {
                var body = System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(c));
                await channel.BasicPublishAsync("orders", "created", {|PII0302:body|});
                var ping = System.Text.Encoding.UTF8.GetBytes("ping");
                await channel.BasicPublishAsync("orders", "ping", ping);
            }
        }
        """);
}
