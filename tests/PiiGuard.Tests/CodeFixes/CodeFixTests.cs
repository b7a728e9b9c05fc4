using System.Threading.Tasks;
using PiiGuard.Analyzers.Declarations;
using PiiGuard.Analyzers.Discovery;
using PiiGuard.Analyzers.Flow;
using PiiGuard.CodeFixes;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.CodeFixes;

public sealed class CodeFixTests
{
    [Fact]
    public Task MarkAsPersonalData_UnmarkedEmail_AddsPiiWithInferredCategoryAndUsing() =>
        CSharpCodeFixVerifier<PiiDiscoveryAnalyzer, MarkAsPersonalDataCodeFixProvider>.VerifyCodeFixAsync("""
            namespace Shop;

            public class Customer
            {
                public int Id { get; set; }
                public string {|PII0008:Email|} { get; set; } = "";
            }
            """, """
            using PiiGuard;

            namespace Shop;

            public class Customer
            {
                public int Id { get; set; }
                [Pii(Category.Contact)]
                public string Email { get; set; } = "";
            }
            """);

    [Fact]
    public Task MarkAsPersonalData_FixAll_MarksEveryMemberAcrossFiles() =>
        CSharpCodeFixVerifier<PiiDiscoveryAnalyzer, MarkAsPersonalDataCodeFixProvider>.VerifyCodeFixAsync(
            new[]
            {
                ("Customer.cs", "using PiiGuard;\npublic class Customer\n{\n    public string {|PII0008:Email|} { get; set; } = \"\";\n    public string {|PII0008:Phone|} { get; set; } = \"\";\n}\n"),
                ("Employee.cs", "using PiiGuard;\npublic class Employee\n{\n    public string {|PII0008:Ssn|} { get; set; } = \"\";\n}\n"),
            },
            new[]
            {
                ("Customer.cs", "using PiiGuard;\npublic class Customer\n{\n    [Pii(Category.Contact)]\n    public string Email { get; set; } = \"\";\n    [Pii(Category.Contact)]\n    public string Phone { get; set; } = \"\";\n}\n"),
                ("Employee.cs", "using PiiGuard;\npublic class Employee\n{\n    [Pii(Category.GovernmentId)]\n    public string Ssn { get; set; } = \"\";\n}\n"),
            },
            fixAll: true);

    [Fact]
    public Task MarkAsPersonalData_FixAll_NoUsingYet_MarksEveryMemberOfTheFile() =>
        // The build summary's command (dotnet format analyzers --diagnostics PII0008) on a file without `using PiiGuard;`:
        // every member's fix adds the using, and none may be lost.
        CSharpCodeFixVerifier<PiiDiscoveryAnalyzer, MarkAsPersonalDataCodeFixProvider>.VerifyCodeFixAsync(
            new[]
            {
                ("Customer.cs", "public class Customer\n{\n    public string {|PII0008:EmailAddress|} { get; set; } = \"\";\n    public string {|PII0008:PhoneNumber|} { get; set; } = \"\";\n    public System.DateTime {|PII0008:DateOfBirth|} { get; set; }\n}\n"),
            },
            new[]
            {
                ("Customer.cs", "using PiiGuard;\n\npublic class Customer\n{\n    [Pii(Category.Contact)]\n    public string EmailAddress { get; set; } = \"\";\n    [Pii(Category.Contact)]\n    public string PhoneNumber { get; set; } = \"\";\n    [Pii(Category.Demographic)]\n    public System.DateTime DateOfBirth { get; set; }\n}\n"),
            },
            fixAll: true);

    [Fact]
    public Task DeclarePurpose_MemberWithoutPurpose_AddsServiceDelivery() =>
        CSharpCodeFixVerifier<PiiDeclarationAnalyzer, DeclareArgumentCodeFixProvider>.VerifyCodeFixAsync("""
            using PiiGuard;
            public class Customer
            {
                [{|PII0001:Pii(Category.Contact, Description = "Order mails")|}]
                public string Email { get; set; } = "";
            }
            """, """
            using PiiGuard;
            public class Customer
            {
                [Pii(Category.Contact, Description = "Order mails", Purpose = Purpose.ServiceDelivery)]
                public string Email { get; set; } = "";
            }
            """, "PiiGuard.Declare.Purpose");

    [Fact]
    public Task DeclareLegalBasis_SensitiveMemberWithoutBasis_AddsConsent() =>
        CSharpCodeFixVerifier<PiiDeclarationAnalyzer, DeclareArgumentCodeFixProvider>.VerifyCodeFixAsync("""
            using PiiGuard;
            public class Plant
            {
                [{|PII0005:Pii(Category.PreciseLocation, Purpose = Purpose.ServiceDelivery)|}]
                public double Latitude { get; set; }
            }
            """, """
            using PiiGuard;
            public class Plant
            {
                [Pii(Category.PreciseLocation, Purpose = Purpose.ServiceDelivery, LegalBasis = LegalBasis.Consent)]
                public double Latitude { get; set; }
            }
            """, "PiiGuard.Declare.LegalBasis");

    private const string Logging = """
        using Microsoft.Extensions.Logging;
        using PiiGuard;
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)]
            public string Email { get; set; } = "";
            public int Id { get; set; }
        }

        """;

    [Fact]
    public Task Redact_LoggedPii_WrapsTheValueInMask() =>
        CSharpCodeFixVerifier<PiiFlowAnalyzer, RedactArgumentCodeFixProvider>.VerifyCodeFixAsync(Logging + """
            class Service
            {
                void Run(ILogger logger, Customer c) => logger.LogInformation("Mail {Email} for {Id}", {|PII0101:c.Email|}, c.Id);
            }
            """, Logging + """
            class Service
            {
                void Run(ILogger logger, Customer c) => logger.LogInformation("Mail {Email} for {Id}", Redact.Mask(c.Email), c.Id);
            }
            """);

    [Fact]
    public Task CoveringPurpose_MemberInAnotherFile_DeclaredOnTheMember() =>
        CSharpCodeFixVerifier<PiiFlowAnalyzer, DeclareCoveringPurposeCodeFixProvider>.VerifyCodeFixAsync(
            new[]
            {
                ("Customer.cs", "using PiiGuard;\npublic class Customer\n{\n    [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)]\n    public string Email { get; set; } = \"\";\n}\n"),
                ("Service.cs", "using Microsoft.Extensions.Logging;\nclass Service\n{\n    void Run(ILogger logger, Customer c) => logger.LogInformation(\"{Email}\", {|PII0101:c.Email|});\n}\n"),
            },
            new[]
            {
                ("Customer.cs", "using PiiGuard;\npublic class Customer\n{\n    [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery | Purpose.Diagnostics)]\n    public string Email { get; set; } = \"\";\n}\n"),
                ("Service.cs", "using Microsoft.Extensions.Logging;\nclass Service\n{\n    void Run(ILogger logger, Customer c) => logger.LogInformation(\"{Email}\", c.Email);\n}\n"),
            },
            "PiiGuard.CoveringPurpose.Diagnostics");

    [Fact]
    public Task JsonIgnore_SerializedPii_KeepsTheMemberOutOfThePayload() =>
        CSharpCodeFixVerifier<PiiFlowAnalyzer, IgnoreSerializedMemberCodeFixProvider>.VerifyCodeFixAsync("""
            using PiiGuard;
            public class Profile
            {
                [Pii(Category.Contact)]
                public string Phone { get; set; } = "";
            }
            class Api
            {
                string Write(Profile p) => System.Text.Json.JsonSerializer.Serialize({|PII0201:p|});
            }
            """, """
            using PiiGuard;
            public class Profile
            {
                [System.Text.Json.Serialization.JsonIgnore]
                [Pii(Category.Contact)]
                public string Phone { get; set; } = "";
            }
            class Api
            {
                string Write(Profile p) => System.Text.Json.JsonSerializer.Serialize(p);
            }
            """, "PiiGuard.Ignore.System.Text.Json.Serialization.JsonIgnore");

    [Fact]
    public Task AddTransfer_OffRegionSend_DeclaredBesideTheHomeRegion() =>
        CSharpCodeFixVerifier<PiiFlowAnalyzer, AddTransferCodeFixProvider>.VerifyCodeFixAsync(
            new[]
            {
                ("Privacy.cs", "using PiiGuard;\n[assembly: PiiHomeRegion(\"EU\")]\n"),
                ("Sync.cs", "using PiiGuard;\n[PiiDestination(\"US\")]\npublic class Ops { public System.Threading.Tasks.Task SendAsync(object o) => System.Threading.Tasks.Task.CompletedTask; }\npublic class Customer { [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = \"\"; }\nclass Sync { System.Threading.Tasks.Task Run(Ops ops, Customer c) => ops.SendAsync({|PII0302:c.Email|}); }\n"),
            },
            new[]
            {
                ("Privacy.cs", "using PiiGuard;\n[assembly: PiiHomeRegion(\"EU\")]\n[assembly: PiiTransfer(\"US\", TransferMechanism.StandardContractualClauses)]\n"),
            });
}
