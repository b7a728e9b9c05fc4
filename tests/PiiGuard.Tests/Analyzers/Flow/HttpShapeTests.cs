using System.Threading.Tasks;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>Issue 13, deliverable 6: sends whose URL is built from a constant, a static readonly or local base, by concatenation or from parts.</summary>
public sealed class HttpShapeTests
{
    private const string Header = """
        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiDestination("US", Host = "crm.example.com", Recipient = "CRM")]

        """;

    private static Task VerifyAsync(string code) => FlowTest.VerifyAsync(Header + code);

    [Fact]
    public Task ConstantBaseUrl_Interpolated_Placed() => VerifyAsync("""
        class Crm
        {
            private const string BaseUrl = "https://crm.example.com";
            private const string Internal = "https://internal.example";

            async Task Run(System.Net.Http.HttpClient http, Customer c)
            {
                await http.GetAsync($"{BaseUrl}/lookup?email={{|PII0302:c.Email|}}");
                await http.GetAsync($"{Internal}/lookup?email={{|PII0404:c.Email|}}");
            }
        }
        """);

    [Fact]
    public Task StaticReadonlyAndLocalBase_Concatenated_Placed() => VerifyAsync("""
        class Crm
        {
            private static readonly string BaseUrl = "https://crm.example.com/api";

            async Task Run(System.Net.Http.HttpClient http, Customer c)
            {
                await http.GetAsync(BaseUrl + "/lookup?email=" + {|PII0302:c.Email|});
                var local = "https://crm.example.com";
                await http.GetAsync(local + "/fax/" + {|PII0301:c.Fax|});
                var other = "https://internal.example";
                await http.GetAsync(other + "/fax/" + {|PII0404:c.Fax|});
            }
        }
        """);

    [Fact]
    public Task UriFromParts_Placed() => VerifyAsync("""
        class Crm
        {
            async Task Run(System.Net.Http.HttpClient http, Customer c)
            {
                await http.GetAsync(new Uri(new Uri("https://crm.example.com"), "lookup?email=" + {|PII0302:c.Email|}));
                await http.GetAsync(new Uri(new Uri("https://internal.example"), "lookup?email=" + {|PII0404:c.Email|}));
            }
        }
        """);

    [Fact]
    public Task JsonContentCreate_WholeObjectSent() => VerifyAsync("""
        class Crm
        {
            async Task Run(System.Net.Http.HttpClient http, CustomerRecord c)
            {
                await http.PostAsync("https://crm.example.com/customers", System.Net.Http.Json.JsonContent.Create({|PII0302:c|}));
                await http.PostAsync("https://internal.example/customers", System.Net.Http.Json.JsonContent.Create({|PII0404:c|}));
            }
        }
        """);
}

/// <summary>Serialized text carries the object it was made from: JSON that is logged or sent is the object logged or sent.</summary>
public sealed class SerializedTextTests
{
    [Fact]
    public Task SerializedObjectThenLogged_Reported() => FlowTest.VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, CustomerRecord c, Registration r)
            {
                var json = System.Text.Json.JsonSerializer.Serialize(c);
                logger.LogInformation("{Json}", {|PII0103:json|});
                var id = System.Text.Json.JsonSerializer.Serialize(c.Id);
                logger.LogInformation("{Id}", id);
            }
        }
        """);

    [Fact]
    public Task SerializedObjectWithoutPersonalData_NotReported() => FlowTest.VerifyAsync("""
        record Plan(string Name, int Seats);

        class Service
        {
            void Run(ILogger logger, Plan p) => logger.LogInformation("{Json}", Newtonsoft.Json.JsonConvert.SerializeObject(p));
        }
        """);
}
