using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PiiGuard.Analyzers.Declarations;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Declarations.PiiDeclarationAnalyzer>;

namespace PiiGuard.Tests.Analyzers;

public sealed class PiiDeclarationAnalyzerTests
{
    private const string Usings = "using PiiGuard;\n";

    // ---- PII0001: no purpose

    [Fact]
    public Task MemberWithoutPurpose_Property_Reported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
            [{|PII0001:Pii(Category.Contact)|}]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task MemberWithoutPurpose_MessageNamesMemberAndCategory() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
            [{|#0:Pii(Category.Name)|}]
            public string FullName = "";
        }
        """,
        Verify.Diagnostic("PII0001").WithLocation(0).WithArguments("Customer.FullName", "Name"));

    [Fact]
    public Task MemberWithoutPurpose_ParameterReturnValueAndClass_Reported() => Verify.VerifyAnalyzerAsync(Usings + """
        [{|#0:Pii(Category.Device)|}]
        public class Inverter
        {
            public string Serial { get; set; } = "";
        }

        public record Registration([{|#1:Pii(Category.Contact)|}] string Email);

        public class Directory
        {
            [return: {|#2:Pii(Category.Contact)|}]
            public string Lookup([{|#3:Pii(Category.UniqueId)|}] string customerNumber) => customerNumber;
        }
        """,
        Verify.Diagnostic("PII0001").WithLocation(0).WithArguments("Inverter", "Device"),
        Verify.Diagnostic("PII0001").WithLocation(1).WithArguments("Registration(Email)", "Contact"),
        Verify.Diagnostic("PII0001").WithLocation(2).WithArguments("Directory.Lookup() return value", "Contact"),
        Verify.Diagnostic("PII0001").WithLocation(3).WithArguments("Directory.Lookup(customerNumber)", "UniqueId"));

    // One action per type checks the type and its members (fields, properties, methods and accessors, parameters,
    // return values); nested types have their own; generated members are skipped as the driver's flag skipped them.
    [Fact]
    public Task MembersOfEachType_Checked_GeneratedMembersSkipped()
    {
        var test = new CSharpAnalyzerTest<PiiDeclarationAnalyzer>();
        test.TestState.Sources.Add(("Customer.cs", Usings + """
            public partial class Customer
            {
                [{|#0:Pii(Category.Contact)|}]
                public string Email = "";

                public string Phone { [return: {|#1:Pii(Category.Contact)|}] get; set; } = "";

                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                [Pii(Category.Contact)]
                public string Fax = "";

                public class Address
                {
                    [{|#2:Pii(Category.Location)|}]
                    public string City { get; set; } = "";
                }
            }
            """));
        test.TestState.Sources.Add(("Customer.g.cs", Usings + """
            public partial class Customer { [Pii(Category.Name)] public string FirstName { get; set; } = ""; }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0001").WithLocation(0).WithArguments("Customer.Email", "Contact"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0001").WithLocation(1).WithArguments("Customer.get_Phone() return value", "Contact"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0001").WithLocation(2).WithArguments("Address.City", "Location"));
        return test.RunAsync();
    }

    [Fact]
    public Task MemberWithPurpose_NotReported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery | Purpose.Communications, Description = "Order confirmations")]
            public string Email { get; set; } = "";

            [Pii("user.contact.phone_number", Purpose = Purpose.ServiceDelivery)]
            public string Phone { get; set; } = "";
        }
        """);

    [Fact]
    public Task MemberWithoutPurpose_PragmaSuppressed_NotReported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
        #pragma warning disable PII0001 // inventory gap accepted until the purpose review
            [Pii(Category.Contact)]
            public string Email { get; set; } = "";
        #pragma warning restore PII0001
        }
        """);

    [Fact]
    public Task MemberWithoutPurpose_SuppressMessage_NotReported() => Verify.VerifyAnalyzerAsync(Usings + """
        using System.Diagnostics.CodeAnalysis;

        public class Customer
        {
            [SuppressMessage("PiiGuard.Declarations", "PII0001", Justification = "Purpose review pending")]
            [Pii(Category.Contact)]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task MemberWithoutPurpose_EditorConfigNone_NotReported() => new CSharpAnalyzerTest<PiiDeclarationAnalyzer>
    {
        TestCode = Usings + """
            public class Customer
            {
                [Pii(Category.Contact)]
                public string Email { get; set; } = "";
            }
            """,
        EditorConfig = "[*.cs]\ndotnet_diagnostic.PII0001.severity = none\n",
    }.RunAsync();

    [Fact]
    public Task MemberWithoutPurpose_EditorConfigError_ReportedAsError()
    {
        var test = new CSharpAnalyzerTest<PiiDeclarationAnalyzer>
        {
            TestCode = Usings + """
                public class Customer
                {
                    [{|#0:Pii(Category.Contact)|}]
                    public string Email { get; set; } = "";
                }
                """,
            EditorConfig = "[*.cs]\ndotnet_diagnostic.PII0001.severity = error\n",
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0001").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        return test.RunAsync();
    }

    // ---- PII0002: retention

    [Fact]
    public Task Retention_NotIso8601_Reported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class SimRecharge
        {
            [Pii(Category.Payment, Purpose = Purpose.Payment, Retention = {|#0:"six months"|})]
            public string OrderNumber { get; set; } = "";
        }
        """,
        Verify.Diagnostic("PII0002").WithLocation(0).WithArguments("six months", "SimRecharge.OrderNumber"));

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1YT")]
    [InlineData("6M")]
    [InlineData("P1.5Y")]
    [InlineData("")]
    public Task Retention_Malformed_Reported(string retention) => Verify.VerifyAnalyzerAsync(Usings + $$"""
        public class SimRecharge
        {
            [Pii(Category.Payment, Purpose = Purpose.Payment, Retention = {|PII0002:"{{retention}}"|})]
            public string OrderNumber { get; set; } = "";
        }
        """);

    [Theory]
    [InlineData("P6M")]
    [InlineData("P1Y")]
    [InlineData("P1Y2M10D")]
    [InlineData("P2W")]
    [InlineData("PT36H")]
    [InlineData("P3DT12H30M5.5S")]
    public Task Retention_Iso8601_NotReported(string retention) => Verify.VerifyAnalyzerAsync(Usings + $$"""
        public class SimRecharge
        {
            [Pii(Category.Payment, Purpose = Purpose.Payment, Retention = "{{retention}}", RetentionFrom = "transaction")]
            public string OrderNumber { get; set; } = "";
        }
        """);

    [Fact]
    public Task Retention_Pragma_Suppressed() => Verify.VerifyAnalyzerAsync(Usings + """
        public class SimRecharge
        {
        #pragma warning disable PII0002
            [Pii(Category.Payment, Purpose = Purpose.Payment, Retention = "until the refund window closes")]
        #pragma warning restore PII0002
            public string OrderNumber { get; set; } = "";
        }
        """);

    // ---- PII0003: region codes

    [Fact]
    public Task Region_Unknown_ReportedWithSuggestion() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        [assembly: PiiHomeRegion({|#0:"Europe"|})]
        [assembly: PiiDestination({|#1:"UK"|}, Host = "api.partner.example")]
        [assembly: PiiTransfer({|#2:"XX"|}, TransferMechanism.StandardContractualClauses)]
        [assembly: PiiStorage("Cloud server, Frankfurt", {|#3:""|})]
        """,
        Verify.Diagnostic("PII0003").WithLocation(0).WithArguments("Europe", "[PiiHomeRegion]", " (did you mean \"EU\"?)"),
        Verify.Diagnostic("PII0003").WithLocation(1).WithArguments("UK", "[PiiDestination]", " (did you mean \"GB\"?)"),
        Verify.Diagnostic("PII0003").WithLocation(2).WithArguments("XX", "[PiiTransfer]", ""),
        Verify.Diagnostic("PII0003").WithLocation(3).WithArguments("", "[PiiStorage]", ""));

    [Fact]
    public Task Region_NullOnTypeDestination_Reported() => Verify.VerifyAnalyzerAsync(Usings + """
        [PiiDestination({|#0:null!|})]
        public class OperationsClient { }
        """,
        Verify.Diagnostic("PII0003").WithLocation(0).WithArguments("null", "[PiiDestination]", ""));

    [Fact]
    public Task Region_UnknownOnTypeOrMemberStorage_Reported() => Verify.VerifyAnalyzerAsync(Usings + """
        [PiiStorage("Order database", {|#0:"Frankfurt"|})]
        public class ShopDb
        {
            [PiiStorage("Session cache", {|#1:"XX"|})]
            public object? Cache;
        }

        [PiiStorage("Export share", "DE")]
        public class Export { }
        """,
        Verify.Diagnostic("PII0003").WithLocation(0).WithArguments("Frankfurt", "[PiiStorage]", ""),
        Verify.Diagnostic("PII0003").WithLocation(1).WithArguments("XX", "[PiiStorage]", ""));

    [Fact]
    public Task Region_Valid_NotReported() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiDestination("US", Host = "ops.solax.example", Recipient = "Global operations")]
        [assembly: PiiTransfer("CN", TransferMechanism.StandardContractualClauses)]
        [assembly: PiiStorage("Cloud server, Frankfurt", "DE")]

        [PiiDestination("eea")]
        public class NorwayClient { }
        """);

    [Fact]
    public Task Region_Pragma_Suppressed() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        #pragma warning disable PII0003
        [assembly: PiiHomeRegion("Europe")]
        #pragma warning restore PII0003
        """);

    // ---- PII0004: sold or shared without recipient

    [Fact]
    public Task Sold_WithoutRecipient_Reported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Marketing, Sold = {|#0:true|})]
            public string Email { get; set; } = "";

            [Pii(Category.Contact, Purpose = Purpose.Marketing, Shared = {|#1:true|}, DisclosedTo = new string[0])]
            public string Phone { get; set; } = "";
        }
        """,
        Verify.Diagnostic("PII0004").WithLocation(0).WithArguments("Customer.Email", "sold"),
        Verify.Diagnostic("PII0004").WithLocation(1).WithArguments("Customer.Phone", "shared"));

    [Fact]
    public Task Sold_WithRecipient_NotReported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Marketing, Sold = true, DisclosedTo = new[] { "Marketing partners" })]
            public string Email { get; set; } = "";

            [Pii(Category.Contact, Purpose = Purpose.Marketing, Sold = false)]
            public string Phone { get; set; } = "";
        }
        """);

    [Fact]
    public Task Sold_Pragma_Suppressed() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
        #pragma warning disable PII0004
            [Pii(Category.Contact, Purpose = Purpose.Marketing, Sold = true)]
        #pragma warning restore PII0004
            public string Email { get; set; } = "";
        }
        """);

    // ---- PII0005: sensitive without legal basis

    [Theory]
    [InlineData("Biometric")]
    [InlineData("Health")]
    [InlineData("GovernmentId")]
    [InlineData("Credentials")]
    [InlineData("Children")]
    [InlineData("PreciseLocation")]
    public Task Sensitive_WithoutLegalBasis_Reported(string category) => Verify.VerifyAnalyzerAsync(Usings + $$"""
        public class Patient
        {
            [{|#0:Pii(Category.{{category}}, Purpose = Purpose.ServiceDelivery)|}]
            public string Value { get; set; } = "";
        }
        """,
        Verify.Diagnostic("PII0005").WithLocation(0).WithArguments("Patient.Value", category));

    [Fact]
    public Task Sensitive_ByTaxonomyKey_WithoutLegalBasis_Reported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Patient
        {
            [{|PII0005:Pii("user.health_and_medical.diagnosis", Purpose = Purpose.ServiceDelivery)|}]
            public string Diagnosis { get; set; } = "";
        }
        """);

    [Fact]
    public Task Sensitive_WithLegalBasis_NotReported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Plant
        {
            [Pii(Category.PreciseLocation, Purpose = Purpose.ServiceDelivery, LegalBasis = LegalBasis.Consent | LegalBasis.Contract)]
            public double Latitude { get; set; }

            [Pii(Category.Location, Purpose = Purpose.ServiceDelivery)]
            public string TimeZone { get; set; } = "";
        }
        """);

    [Fact]
    public Task Sensitive_Pragma_Suppressed() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Plant
        {
        #pragma warning disable PII0005
            [Pii(Category.PreciseLocation, Purpose = Purpose.ServiceDelivery)]
        #pragma warning restore PII0005
            public double Latitude { get; set; }
        }
        """);

    // ---- PII0006: anonymised is not a transfer tool

    [Fact]
    public Task Transfer_Anonymised_Reported() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        [assembly: PiiTransfer("US", {|#0:TransferMechanism.Anonymised|})]
        [assembly: PiiTransfer("US", TransferMechanism.StandardContractualClauses)]
        """,
        Verify.Diagnostic("PII0006").WithLocation(0).WithArguments("US"));

    [Fact]
    public Task Transfer_Anonymised_Pragma_Suppressed() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        #pragma warning disable PII0006 // recorded for the privacy notice on purpose
        [assembly: PiiTransfer("US", TransferMechanism.Anonymised)]
        """);

    // ---- PII0007: malformed arguments

    [Fact]
    public Task Category_Undefined_Reported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
            [Pii({|#0:(Category)999|}, Purpose = Purpose.ServiceDelivery)]
            public string Email { get; set; } = "";
        }
        """,
        Verify.Diagnostic("PII0007").WithLocation(0).WithArguments("Category value 999", "Customer.Email", "it is not a defined Category", "[Pii(Category.Contact)]"));

    [Fact]
    public Task Purpose_UndefinedBits_Reported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
            [Pii(Category.Contact, Purpose = {|#0:(Purpose)(-1)|})]
            public string Email { get; set; } = "";
        }
        """,
        Verify.Diagnostic("PII0007").WithLocation(0).WithArguments(
            "Purpose value 0xFFFFFFFFFFFFFFFF", "Customer.Email", "it sets bits that are not defined Purpose flags",
            "Purpose = Purpose.ServiceDelivery | Purpose.Diagnostics"));

    [Fact]
    public Task LegalBasisAndTransferMechanism_Undefined_Reported() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        [assembly: PiiTransfer("US", {|#1:(TransferMechanism)42|})]

        public class Customer
        {
            [Pii(Category.Health, Purpose = Purpose.ServiceDelivery, LegalBasis = {|#0:(LegalBasis)1024|})]
            public string Diagnosis { get; set; } = "";
        }
        """,
        Verify.Diagnostic("PII0007").WithLocation(0).WithArguments(
            "LegalBasis value 0x400", "Customer.Diagnosis", "it sets bits that are not defined LegalBasis flags", "LegalBasis = LegalBasis.Consent"),
        Verify.Diagnostic("PII0007").WithLocation(1).WithArguments(
            "TransferMechanism value 42", "assembly", "it is not a defined TransferMechanism",
            "[assembly: PiiTransfer(\"US\", TransferMechanism.StandardContractualClauses)]"));

    [Fact]
    public Task TaxonomyKey_Unknown_Reported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
            [Pii({|PII0007:"contact.email"|}, Purpose = Purpose.ServiceDelivery)]
            public string Email { get; set; } = "";

            [Pii({|PII0007:"user.contactx"|}, Purpose = Purpose.ServiceDelivery)]
            public string Phone { get; set; } = "";
        }
        """);

    [Fact]
    public Task Access_EmptyRoleOrNoOperation_Reported() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)]
            [PiiAccess({|PII0007:" "|}, PiiOperation.Access)]
            [PiiAccess("Agent", {|PII0007:PiiOperation.None|})]
            [PiiAccess("Installer", {|PII0007:(PiiOperation)8|})]
            [PiiAccess("End user", PiiOperation.Access | PiiOperation.Edit | PiiOperation.Delete)]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task DestinationHost_WithScheme_Reported() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        [assembly: PiiDestination("US", Host = {|PII0007:"https://api.partner.example/v1"|})]
        [assembly: PiiDestination("US", Host = {|PII0007:""|})]
        [assembly: PiiDestination("CN", Host = "orders.dreampairs.example")]
        """);

    [Fact]
    public Task InvalidArgument_Pragma_Suppressed() => Verify.VerifyAnalyzerAsync(Usings + """
        public class Customer
        {
        #pragma warning disable PII0007
            [Pii((Category)999, Purpose = Purpose.ServiceDelivery)]
        #pragma warning restore PII0007
            public string Email { get; set; } = "";
        }
        """);

    // ---- robustness and cost

    [Fact]
    public Task WrongArgumentTypes_CompilerErrorOnly_NoAnalyzerException() => new CSharpAnalyzerTest<PiiDeclarationAnalyzer>
    {
        TestCode = Usings + """
            public class Customer
            {
                [Pii("x", 3)]
                public string Email { get; set; } = "";

                [Pii(Category.Contact, Purpose = "marketing")]
                public string Phone { get; set; } = "";

                [Pii(Category.Contact, Retention = 6, Sold = "yes", DisclosedTo = "partners")]
                public string Name { get; set; } = "";

                [Pii(
                public string Broken
            """,
        AllowCompilerErrors = true,
    }.RunAsync();

    [Fact]
    public Task Aliased_Category_Recognised() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        using PiiCategory = PiiGuard.Category;

        public enum Category { Shoes, Boots }

        public class Customer
        {
            [{|PII0001:Pii(PiiCategory.Contact)|}]
            public string Email { get; set; } = "";

            public Category Favourite { get; set; }
        }
        """);

    [Fact]
    public Task GlobalAliasInAnotherFile_DeclarationStillChecked() => new CSharpAnalyzerTest<PiiDeclarationAnalyzer>
    {
        // The analyzer skips a compilation none of whose files names a PiiGuard attribute: a file that uses one only
        // through an alias declared elsewhere is still checked, because the alias's own file names it.
        TestState =
        {
            Sources =
            {
                ("/src/Usings.cs", "global using Personal = PiiGuard.PiiAttribute;\nglobal using Kind = PiiGuard.Category;\n"),
                ("/src/Customer.cs", """
                    public class Customer
                    {
                        [{|PII0001:Personal(Kind.Contact)|}]
                        public string Email { get; set; } = "";
                    }
                    """),
            },
        },
    }.RunAsync();

    [Fact]
    public Task ProjectWithoutPiiGuard_NothingReported() => new CSharpAnalyzerTest<PiiDeclarationAnalyzer>
    {
        TestCode = """
            namespace Other;
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class PiiAttribute : System.Attribute { public PiiAttribute(int category) { } }

            public class Customer
            {
                [Pii(999)]
                public string Email { get; set; } = "";
            }
            """,
        References = TestReferences.FrameworkOnly,
    }.RunAsync();

    [Fact]
    public Task LookAlikeAttributeInOtherNamespace_NotReported() => Verify.VerifyAnalyzerAsync("""
        namespace Other
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class PiiAttribute : System.Attribute { public PiiAttribute(int category) { } }

            public class Customer
            {
                [Pii(999)]
                public string Email { get; set; } = "";
            }
        }
        """);
}
