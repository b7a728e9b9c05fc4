using System.Threading.Tasks;
using Xunit;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Declarations.PiiDeclarationAnalyzer>;

namespace PiiGuard.Tests.Analyzers;

/// <summary>PII0007 on the record's declarations: text the map needs, and defined enum values.</summary>
public sealed class RecordDeclarationTests
{
    [Fact]
    public Task RecordAttributes_WellFormed_NoDiagnostic() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        [assembly: PiiContact(PiiContactRole.Controller, "Shoe Co", Email = "privacy@shoe.example")]
        [assembly: PiiActivity("Orders", Purpose = Purpose.ServiceDelivery, DataSubjects = new[] { "Customers" })]
        [assembly: PiiSource("You")]
        [assembly: PiiSecurityMeasure("Encryption")]
        [assembly: PiiRights("CCPA", ResponseTime = "Within 30 days")]
        [assembly: PiiChildren("No data from children under 16", MinimumAge = 16)]
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Account, CcpaCategory = CcpaCategory.CustomerRecords)]
            public string Phone { get; set; } = "";
        }
        """);

    [Fact]
    public Task RecordAttributes_EmptyText_Reported() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        [assembly: PiiContact(PiiContactRole.Controller, {|#0:" "|})]
        [assembly: PiiActivity({|#1:""|})]
        [assembly: PiiSecurityMeasure({|#2:null|})]
        """,
        Verify.Diagnostic("PII0007").WithLocation(0).WithArguments("PiiContact text", "assembly", "it is empty, so the record would show nothing for it", "[assembly: PiiContact(PiiContactRole.Controller, \"Shoe Co\")]"),
        Verify.Diagnostic("PII0007").WithLocation(1).WithArguments("PiiActivity text", "assembly", "it is empty, so the record would show nothing for it", "[assembly: PiiActivity(\"…as the notice words it…\")]"),
        Verify.Diagnostic("PII0007").WithLocation(2).WithArguments("PiiSecurityMeasure text", "assembly", "it is empty, so the record would show nothing for it", "[assembly: PiiSecurityMeasure(\"…as the notice words it…\")]"));

    [Fact]
    public Task UndefinedContactRoleAndCcpaCategory_Reported() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        [assembly: PiiContact({|#0:(PiiContactRole)9|}, "Shoe Co")]
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Account, CcpaCategory = {|#1:(CcpaCategory)40|})]
            public string Phone { get; set; } = "";
        }
        """,
        Verify.Diagnostic("PII0007").WithLocation(0).WithArguments("PiiContactRole value 9", "assembly", "it is not a defined PiiContactRole", "[assembly: PiiContact(PiiContactRole.DataProtectionOfficer, \"Jane Doe\")]"),
        Verify.Diagnostic("PII0007").WithLocation(1).WithArguments("CcpaCategory value 40", "Customer.Phone", "it is not a defined CcpaCategory", "[Pii(Category.Contact, CcpaCategory = CcpaCategory.CustomerRecords)]"));

    [Fact]
    public Task EmptyRecordText_Suppressed_NoDiagnostic() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        #pragma warning disable PII0007
        [assembly: PiiSource("")]
        #pragma warning restore PII0007
        """);

    [Fact]
    public Task PiiExternal_WellFormed_NoDiagnostic() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        [assembly: PiiExternal(FrameworkSource.ClientIpAddress, Purpose = Purpose.Security)]
        [assembly: PiiExternal(typeof(System.Net.Mail.MailAddress), "Address", Category.Contact, Purpose = Purpose.Communications)]
        [assembly: PiiExternal(typeof(System.Uri), "ToString", Category.Behavior)]
        """);

    [Fact]
    public Task PiiExternal_NamesNothing_Reported() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        [assembly: PiiExternal({|#0:(FrameworkSource)42|})]
        [assembly: PiiExternal(typeof(System.Net.Mail.MailAddress), {|#1:"NoSuchMember"|}, Category.Contact)]
        [assembly: PiiExternal(typeof(System.Net.Mail.MailAddress), "DisplayName", {|#2:(Category)99|})]
        [assembly: PiiExternal(FrameworkSource.UserName, Purpose = {|#3:(Purpose)(-1)|})]
        """,
        Verify.Diagnostic("PII0007").WithLocation(0).WithArguments("PiiExternal source", "assembly", "it is not a defined FrameworkSource", "[assembly: PiiExternal(FrameworkSource.ClientIpAddress, Purpose = Purpose.Security)]"),
        Verify.Diagnostic("PII0007").WithLocation(1).WithArguments("PiiExternal member \"NoSuchMember\"", "assembly", "MailAddress has no property, field or method of that name, so nothing would be marked", "[assembly: PiiExternal(typeof(Vendor.Profile), \"Email\", Category.Contact)]"),
        Verify.Diagnostic("PII0007").WithLocation(2).WithArguments("PiiExternal category", "assembly", "it is not a defined Category", "[assembly: PiiExternal(typeof(Vendor.Profile), \"Email\", Category.Contact)]"),
        Verify.Diagnostic("PII0007").WithLocation(3).WithArguments("PiiExternal Purpose value 0xFFFFFFFFFFFFFFFF", "assembly", "it sets bits that are not defined Purpose flags", "Purpose = Purpose.Security"));
}
