using System.Threading.Tasks;
using PiiGuard.Analyzers.Discovery;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Discovery.PiiDiscoveryAnalyzer>;

namespace PiiGuard.Tests.Discovery;

public sealed class PiiDiscoveryAnalyzerTests
{
    [Fact]
    public Task UnmarkedPersonalData_Reported_WithInferredCategory() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        public class Customer
        {
            public int Id { get; set; }
            public string {|#0:EmailAddress|} { get; set; } = "";
            public string {|#1:Name|} { get; set; } = "";
            public System.Net.IPAddress? {|#2:Remote|} { get; set; }
            public string {|#3:cust_dob|} = "";
        }

        public record Registration(string {|#4:Email|}, string Plan);

        public class Accounts
        {
            public void Register(string {|#5:email|}, int plan) { }
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("Customer.EmailAddress", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("Customer.Name", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("Customer.Remote", "IpAddress"),
        Verify.Diagnostic("PII0008").WithLocation(3).WithArguments("Customer.cust_dob", "Demographic"),
        Verify.Diagnostic("PII0008").WithLocation(4).WithArguments("Registration.Email", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(5).WithArguments("Accounts.email", "Contact"));

    [Fact]
    public Task ThingsAndMarkedMembers_NotReported() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        public class Product { public string Name { get; set; } = ""; public string FileName { get; set; } = ""; }
        public class SmtpOptions { public string Password { get; set; } = ""; public string Host { get; set; } = ""; }
        public class Mailer { public string EmailTemplateId { get; set; } = ""; public string ServerAddress { get; set; } = ""; }
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = "";
        }
        [Pii(Category.Device, Purpose = Purpose.ServiceDelivery)]
        public class Inverter { public string Serial { get; set; } = ""; }
        public record Card([property: Pii(Category.Name, Purpose = Purpose.Payment)] string HolderName);
        public record Signup([Pii(Category.Contact, Purpose = Purpose.Account)] string Email);
        """);

    [Fact]
    public Task IdentityPersonalData_Reported_AsOtherScheme()
    {
        var test = new CSharpAnalyzerTest<PiiDiscoveryAnalyzer>
        {
            TestCode = """
                using Microsoft.AspNetCore.Identity;
                using PiiGuard;
                public class ApplicationUser
                {
                    [PersonalData]
                    public string {|#0:FavouriteShoe|} { get; set; } = "";

                    [ProtectedPersonalData]
                    public string {|#1:PhoneNumber|} { get; set; } = "";
                }
                """,
            References = TestReferences.WithAspNetCore,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0009").WithLocation(0).WithArguments("ApplicationUser.FavouriteShoe", "PersonalData", "UniqueId"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0009").WithLocation(1).WithArguments("ApplicationUser.PhoneNumber", "ProtectedPersonalData", "Contact"));
        return test.RunAsync();
    }

    [Fact]
    public Task Suppressed_ByPragmaAndEditorConfig()
    {
        var test = new CSharpAnalyzerTest<PiiDiscoveryAnalyzer>
        {
            TestCode = """
                using PiiGuard;
                public class Customer
                {
                #pragma warning disable PII0008
                    public string Email { get; set; } = "";
                #pragma warning restore PII0008
                }
                public class Employee { public string Salary { get; set; } = ""; }
                """,
            EditorConfig = "[*.cs]\ndotnet_diagnostic.PII0008.severity = none\n",
        };
        return test.RunAsync();
    }
}
