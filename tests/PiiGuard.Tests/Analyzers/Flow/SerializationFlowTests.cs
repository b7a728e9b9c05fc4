using System.Threading.Tasks;
using Xunit;
using static PiiGuard.Tests.Analyzers.Flow.FlowTest;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Flow.PiiFlowAnalyzer>;

namespace PiiGuard.Tests.Analyzers.Flow;

public sealed class SerializationFlowTests
{
    private const string Profile = """
        public class Profile
        {
            public int Id { get; set; }

            [Pii(Category.Contact, Purpose = Purpose.Account)]
            public string Email { get; set; } = "";

            [Pii(Category.Contact)]
            public string Phone { get; set; } = "";

            [System.Text.Json.Serialization.JsonIgnore]
            [Newtonsoft.Json.JsonIgnore]
            [System.Xml.Serialization.XmlIgnore]
            [System.Runtime.Serialization.IgnoreDataMember]
            [Pii(Category.Name)]
            public string InternalNote { get; set; } = "";
        }

        """;

    [Fact]
    public Task SystemTextJson_WholeObject_ReportsMembersWithoutPurpose_SkipsIgnored() => VerifyAsync(Profile + """
        class Api
        {
            string Write(Profile p) => System.Text.Json.JsonSerializer.Serialize({|#0:p|});
        }
        """,
        Verify.Diagnostic("PII0201").WithLocation(0).WithArguments("Profile.Phone", "Contact", "JsonSerializer.Serialize", "Profile.Phone → Profile → JsonSerializer.Serialize"));

    [Fact]
    public Task SystemTextJson_AllOverloads_Reported() => VerifyAsync(Profile + """
        class Api
        {
            async Task Write(Profile p, System.IO.Stream stream)
            {
                System.Text.Json.JsonSerializer.SerializeToUtf8Bytes({|PII0201:p|});
                await System.Text.Json.JsonSerializer.SerializeAsync(stream, {|PII0201:p|});
                System.Text.Json.JsonSerializer.SerializeToElement({|PII0201:p|});
            }
        }
        """);

    [Fact]
    public Task Newtonsoft_SerializeObjectAndFromObject_Reported() => VerifyAsync(Profile + """
        class Api
        {
            void Write(Profile p, Newtonsoft.Json.JsonSerializer serializer, System.IO.TextWriter writer)
            {
                Newtonsoft.Json.JsonConvert.SerializeObject({|PII0201:p|});
                Newtonsoft.Json.Linq.JObject.FromObject({|PII0201:p|});
                serializer.Serialize(writer, {|PII0201:p|});
            }
        }
        """);

    [Fact]
    public Task XmlAndDataContract_Reported() => VerifyAsync(Profile + """
        class Api
        {
            void Write(Profile p, System.IO.Stream stream)
            {
                new System.Xml.Serialization.XmlSerializer(typeof(Profile)).Serialize(stream, {|PII0201:p|});
                new System.Runtime.Serialization.DataContractSerializer(typeof(Profile)).WriteObject(stream, {|PII0201:p|});
            }
        }
        """);

    [Fact]
    public Task DirectValueAndAnonymousObject_Reported() => VerifyAsync(Profile + """
        class Api
        {
            void Write(Profile p)
            {
                System.Text.Json.JsonSerializer.Serialize({|PII0201:p.Phone|});
                System.Text.Json.JsonSerializer.Serialize(new { p.Id, {|PII0201:p.Phone|} });
                System.Text.Json.JsonSerializer.Serialize(new { p.Id, p.Email });
            }
        }
        """);

    [Fact]
    public Task NestedObjectsAndCollections_Reported() => VerifyAsync("""
        class Api
        {
            void Write(Order o, List<Customer> customers)
            {
                System.Text.Json.JsonSerializer.Serialize({|#0:o|});
                System.Text.Json.JsonSerializer.Serialize({|#1:customers|});
            }
        }
        """,
        Verify.Diagnostic("PII0201").WithLocation(0).WithArguments("Customer.Fax", "Contact", "JsonSerializer.Serialize", "Customer.Fax → Order → JsonSerializer.Serialize"),
        Verify.Diagnostic("PII0201").WithLocation(1).WithArguments("Customer.Fax", "Contact", "JsonSerializer.Serialize", "Customer.Fax → List → JsonSerializer.Serialize"));

    [Fact]
    public Task AllMembersWithPurpose_NotReported() => VerifyAsync("""
        public class Safe
        {
            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)]
            public string Email { get; set; } = "";
            public int Id { get; set; }
        }

        class Api
        {
            string Write(Safe s, Address a) => System.Text.Json.JsonSerializer.Serialize(s) + Newtonsoft.Json.JsonConvert.SerializeObject(a);
        }
        """);

    [Fact]
    public Task HelperSerializingItsParameter_ReportedAtCallSite() => VerifyAsync(Profile + """
        class Api
        {
            static string ToJson(object value) => System.Text.Json.JsonSerializer.Serialize(value);

            string Write(Profile p) => ToJson({|#0:p|});
        }
        """,
        Verify.Diagnostic("PII0201").WithLocation(0).WithArguments("Profile.Phone", "Contact", "JsonSerializer.Serialize", "Profile.Phone → Profile → Api.ToJson() → JsonSerializer.Serialize"));

    [Fact]
    public Task SerializedText_ThenLogged_ReportedAsLogging() => VerifyAsync("""
        class Api
        {
            void Write(ILogger logger, Customer c)
            {
                var json = System.Text.Json.JsonSerializer.Serialize(c.Email);
                logger.LogInformation("Payload {Json}", {|PII0101:json|});
            }
        }
        """);

    [Fact]
    public Task Pragma_Suppresses() => VerifyAsync(Profile + """
        class Api
        {
        #pragma warning disable PII0201
            string Write(Profile p) => System.Text.Json.JsonSerializer.Serialize(p);
        #pragma warning restore PII0201
        }
        """);
}

public sealed class EarlyExitSoundnessTests
{
    [Fact]
    public Task PiiOnlyInPublicFields_StillSerialized() => VerifyAsync("""
        public class Legacy
        {
            [Pii(Category.Contact)]
            public string Email = "";
        }

        class Api
        {
            string Write(Legacy l) => Newtonsoft.Json.JsonConvert.SerializeObject({|PII0201:l|});
        }
        """);

    [Fact]
    public Task MethodWithoutAnyDeclaredData_ProducesNothing() => VerifyAsync("""
        class Pricing
        {
            decimal Tax(IEnumerable<decimal> amounts, ILogger logger)
            {
                var total = amounts.Sum() * 0.19m;
                logger.LogInformation("Tax {Total}", total);
                return total;
            }
        }
        """);
}
