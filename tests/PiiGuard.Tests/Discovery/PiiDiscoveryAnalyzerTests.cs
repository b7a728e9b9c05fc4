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
    public Task PersonRecordByItsMembers_ThingNamedContainerReported_RoleNamedAnchorNot() => Verify.VerifyAnalyzerAsync("""
        public class Tenant
        {
            public int Id { get; set; }
            public string {|#0:FirstName|} { get; set; } = "";
            public string {|#1:EmailAddress|} { get; set; } = "";
            public string {|#2:Telephone|} { get; set; } = "";
            public System.DateTime CreatedOn { get; set; }
        }

        public class Supplier
        {
            public string {|#3:ContactFirstName|} { get; set; } = "";
            public string Email { get; set; } = "";
            public string Phone { get; set; } = "";
        }

        public class OrdererFieldSettings
        {
            public FieldSetting FirstName { get; set; } = new();
            public FieldSetting Email { get; set; } = new();
        }

        public class FieldSetting { public bool Show { get; set; } }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("Tenant.FirstName", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("Tenant.EmailAddress", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("Tenant.Telephone", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(3).WithArguments("Supplier.ContactFirstName", "Name"));

    [Fact]
    public Task RecordAboutOnePerson_WrittenTextAndTimesReported_OtherMembersAndUnownedRecordsNot() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;

        public class Student { public int Id { get; set; } }

        public class AttendanceLog
        {
            public int Id { get; set; }
            public int StudentId { get; set; }
            public string Status { get; set; } = "";
            public string? {|#0:Notes|} { get; set; }
            public DateTime? {|#1:CheckInTime|} { get; set; }
            public DateTime RecordedAt { get; set; }
        }

        public class Hearing
        {
            public Student Defendant { get; set; } = new();
            public string {|#2:CancellationReason|} { get; set; } = "";
        }

        public class Course
        {
            public int Id { get; set; }
            public List<Student> Students { get; set; } = new();
            public string Notes { get; set; } = "";
        }

        public class PaymentDto
        {
            public int StudentId { get; set; }
            public string? Notes { get; set; }
        }

        public class Booking
        {
            public int GuestId { get; set; }
            public DateTime CheckInDate { get; set; }
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("AttendanceLog.Notes", "Content"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("AttendanceLog.CheckInTime", "Behavior"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("Hearing.CancellationReason", "Content"));

    [Fact]
    public Task AttributeEvidence_ValueKindsAndGivenNames_Reported_ThingsAndOtherKindsNot() => Verify.VerifyAnalyzerAsync("""
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;
        using System.Text.Json.Serialization;

        public class SignupForm
        {
            [Required, EmailAddress] public string {|#0:Primary|} { get; set; } = "";
            [DataType(DataType.Password)] public string {|#1:Watchword|} { get; set; } = "";
            [Display(Name = "Date of birth")] public System.DateTime {|#2:Dt|} { get; set; }
            [JsonPropertyName("first_name")] public string {|#3:F|} { get; set; } = "";
            [Newtonsoft.Json.JsonProperty("phone_number")] public string {|#4:Line|} { get; set; } = "";
            [Column("cust_zip")] public string {|#5:Pc|} = "";
            [DataType(DataType.MultilineText)] public string Remarks { get; set; } = "";
            [Display(Name = "Plan (monthly)")] public string Tier { get; set; } = "";
            [Required, StringLength(20)] public string Code { get; set; } = "";
        }

        public class Store
        {
            [EmailAddress] public string Contact { get; set; } = "";
            [JsonPropertyName("name")] public string Title { get; set; } = "";
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("SignupForm.Primary", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("SignupForm.Watchword", "Credentials"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("SignupForm.Dt", "Demographic"),
        Verify.Diagnostic("PII0008").WithLocation(3).WithArguments("SignupForm.F", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(4).WithArguments("SignupForm.Line", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(5).WithArguments("SignupForm.Pc", "Contact"));

    /// <summary>
    /// Copy evidence: a member marked on an entity makes the same-named members of its copies (transfer objects, view models,
    /// requests, a history, a list's view in the plural: the same type name once those role words are dropped, words compared
    /// in the singular) suggestions with the mark's category, whatever the rules say of the name. Not a member the entity leaves unmarked, not a type of another name (BuildLog; a CycleLog's phase is one the learned second opinion adds, a period tracker's), not a type
    /// whose name is only role words (Dto), not a model-typed member, and not the marked member itself.
    /// </summary>
    [Fact]
    public Task CopyEvidence_AMarkedEntityMakesItsCopiesSuggestions() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;

        public class Cycle
        {
            public int Id { get; set; }
            [Pii(Category.Health, Purpose = Purpose.ServiceDelivery)] public string Phase { get; set; } = "";
            [Pii(Category.Health, Purpose = Purpose.ServiceDelivery)] public string[] FlowLevels { get; set; } = new string[0];
            [Pii(Category.Health, Purpose = Purpose.ServiceDelivery)] public Cycle? Previous { get; set; }
            public int Length { get; set; }
        }

        public class CycleUpdateDto
        {
            public string {|#0:Phase|} { get; set; } = "";
            public string[] {|#1:flowLevels|} = new string[0];
            public int Length { get; set; }
            public CycleUpdateDto? Previous { get; set; }
        }

        public record CycleResponse(string {|#2:Phase|}, int Length);

        public class CyclesHistoryViewModel { public string {|#3:Phase|} { get; set; } = ""; }

        public class BuildLog { public string Phase { get; set; } = ""; }

        public class Dto { public string Phase { get; set; } = ""; }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("CycleUpdateDto.Phase", "Health"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("CycleUpdateDto.flowLevels", "Health"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("CycleResponse.Phase", "Health"),
        Verify.Diagnostic("PII0008").WithLocation(3).WithArguments("CyclesHistoryViewModel.Phase", "Health"));

    /// <summary>
    /// The mark is read where it is: a model library that uses PiiGuard in its own project (here, metadata), a positional
    /// record's parameter; the category is the mark's, not the rules' (a marked <c>Notes</c> as health data).
    /// </summary>
    [Fact]
    public async Task CopyEvidence_MarksOfAReferencedModelLibraryAndOfARecordsParameters()
    {
        var models = TestProject.CompileLibrary("""
            using PiiGuard;
            namespace Clinic.Models;
            public class Dialysis
            {
                [Pii(Category.Health, Purpose = Purpose.ServiceDelivery)] public decimal PreWeight { get; set; }
                [Pii(Category.Health, Purpose = Purpose.ServiceDelivery)] public string Notes { get; set; } = "";
                public System.DateTime StartTime { get; set; }
            }
            """, "Clinic.Models");
        var test = new CSharpAnalyzerTest<PiiDiscoveryAnalyzer>
        {
            TestCode = """
                using PiiGuard;
                namespace Clinic.Api;
                public class DialysisViewModel
                {
                    public decimal {|#0:PreWeight|} { get; set; }
                    public string {|#1:Notes|} { get; set; } = "";
                    public System.DateTime StartTime { get; set; }
                }

                public record Screening([Pii(Category.Health, Purpose = Purpose.ServiceDelivery)] string ResultCode, int Attempt);

                public class CreateScreeningCommand
                {
                    public string {|#2:ResultCode|} { get; set; } = "";
                    public int Attempt { get; set; }
                }
                """,
        };
        test.AdditionalReferences.Add(models);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("DialysisViewModel.PreWeight", "Health"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("DialysisViewModel.Notes", "Health"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("CreateScreeningCommand.ResultCode", "Health"));
        await test.RunAsync();
    }

    /// <summary>Half-typed code around marks and their copies (malformed [Pii] arguments, missing names and types, generic and
    /// nested copies, a partial entity) gives no analyzer exception, in discovery or in audit mode.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task CopyEvidence_HalfTypedCode_NoCrash(bool audit)
    {
        const string code = """
            using PiiGuard;
            public partial class Cycle
            {
                [Pii(Category.Health, Purpose = Purpose.ServiceDelivery)] public string Phase { get; set; } = "";
                [Pii(] public string Broken { get; set; } = "";
                [Pii(Category.)] public string Dotted { get; set; } = "";
                [Pii(Category.Health, Purpose = )] public int
            }
            public partial class Cycle { [Pii(Category.Health)] public string _flow; }
            public class CycleDto<T> { public string Phase { get; set; } = ""; public T Flow; public string Broken; public Dotted; }
            public class Outer { public class CycleResponse { public string phase = ""; } }
            public record CycleRequest([Pii(Category.Health)] string , int Length);
            public class { public string Phase; }
            public class UpdateCycleDto : { public string Phase => ; }
            class Log { void Run(Microsoft.Extensions.Logging.ILogger l, CycleDto<int> d) => l.LogInformation("{P}", d.Phase); }
            """;
        return audit
            ? new CSharpAnalyzerTest<PiiGuard.Analyzers.Flow.PiiFlowAnalyzer> { TestCode = code, AllowCompilerErrors = true, OnlyCheckForExceptions = true, BuildProperties = { ["PiiGuardAudit"] = "true" } }.RunAsync()
            : new CSharpAnalyzerTest<PiiDiscoveryAnalyzer> { TestCode = code, AllowCompilerErrors = true, OnlyCheckForExceptions = true }.RunAsync();
    }

    [Fact]
    public Task AttributeEvidence_ARowsKeyStaysAKey_WhateverItsColumnIsCalled() => Verify.VerifyAnalyzerAsync("""
        using System.ComponentModel.DataAnnotations.Schema;

        public class Vessel
        {
            [Column("idnum")] public int Id { get; set; }
            [Column("idnum")] public int _id;
        }

        public class VotersLedgerRecord
        {
            [Column("idnum")] public string {|#0:Number|} { get; set; } = "";
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("VotersLedgerRecord.Number", "GovernmentId"));

    [Fact]
    public Task AttributeEvidence_OddArguments_NoCrash() => Verify.VerifyAnalyzerAsync("""
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json.Serialization;

        public class Odd
        {
            private const string Key = "e_mail";
            [JsonPropertyName("\uD800x")] public string A { get; set; } = "";
            [JsonPropertyName("")] public string B { get; set; } = "";
            [Display(Name = null)] public string C { get; set; } = "";
            [JsonPropertyName(Key)] public string {|#0:D|} { get; set; } = "";
            [Display(Name = "Ünïcödé ñamé")] public string E { get; set; } = "";
            [DataType("Custom")] public string F { get; set; } = "";
            [JsonPropertyName(nameof(Key))] public string G { get; set; } = "";
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("Odd.D", "Contact"));

    [Fact]
    public Task ForeignNames_ReportedLikeTheirEnglishWords() => Verify.VerifyAnalyzerAsync("""
        public class Cliente
        {
            public string {|#0:Nome|} { get; set; } = "";
            public System.DateTime {|#1:DataNascimento|} { get; set; }
            public string {|#2:Endereço|} { get; set; } = "";
            public string {|#3:Senha|} { get; set; } = "";
        }

        public class Produto
        {
            public string Nome { get; set; } = "";
            public decimal Preco { get; set; }
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("Cliente.Nome", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("Cliente.DataNascimento", "Demographic"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("Cliente.Endereço", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(3).WithArguments("Cliente.Senha", "Credentials"));

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
    public Task Parameter_OnlyFeedingMarkedMembers_NotReported() => Verify.VerifyAnalyzerAsync("""
        using System;
        using PiiGuard;
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = "";
            [Pii(Category.Contact, Purpose = Purpose.Account)] private readonly string _phone;

            [Pii(Category.Name, Purpose = Purpose.Account)] public string Name { get; }
            [Pii(Category.Name, Purpose = Purpose.Account)] public string Nickname { get; }

            public Customer(string email, string phone)
            {
                ArgumentNullException.ThrowIfNull(email);
                Email = email.Trim();
                _phone = phone ?? throw new ArgumentNullException(nameof(phone));
                Name = "";
                Nickname = "";
            }

            public Customer(string name, string nickname, bool vip)
            {
                _phone = "";
                Name = !string.IsNullOrWhiteSpace(name) ? name : throw new ArgumentNullException(nameof(name));
                if (nickname is null || nickname == null) throw new ArgumentNullException(nameof(nickname));
                Nickname = nickname;
            }

            public void ChangeEmail(string newEmail) => Email = newEmail;

            public static Customer Create(string email) => new Customer("", "") { Email = email };
        }
        """);

    [Fact]
    public Task Parameter_FeedingSuggestedMember_OnlyTheMemberReported() => Verify.VerifyAnalyzerAsync("""
        public class Patient
        {
            public Patient(string email, string dateOfBirth)
            {
                Email = email;
                DateOfBirth = dateOfBirth;
            }

            public string {|#0:Email|} { get; }
            public string {|#1:DateOfBirth|} { get; }
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("Patient.Email", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("Patient.DateOfBirth", "Demographic"));

    [Fact]
    public Task Parameter_WithOtherUses_Reported() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = "";
            public string Label { get; set; } = "";

            public void Notify(string {|#0:email|})
            {
                Email = email;
                System.Console.WriteLine(email);
            }

            public void Describe(string {|#1:phoneNumber|}) => Label = phoneNumber;

            public void Unused(string {|#2:passwordHash|}) { }
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("Customer.email", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("Customer.phoneNumber", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("Customer.passwordHash", "Credentials"));

    // An interface method declared in the sources is where its parameters are suggested: a mark there covers every
    // implementation (PiiModel.InheritedParameterFact), so implementations are not asked again — unless the interface's own
    // parameter is neither suggested nor marked (a generic name), or the interface comes from a reference (IComparer<T> here
    // stands for one: it cannot be marked in this code).
    [Fact]
    public Task Parameter_OfInterfaceImplementation_SuggestedAtTheInterfaceOnly() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        public interface IMailService
        {
            void SendWelcome(string {|#0:email|}, string template);
            void SendReset([Pii(Category.Contact)] string address);
            void SendRaw(string value);
        }
        public sealed class HandlebarsMailService : IMailService
        {
            public void SendWelcome(string email, string template) => System.Console.WriteLine(email + template);
            public void SendReset(string emailAddress) => System.Console.WriteLine(emailAddress);
            public void SendRaw(string {|#1:email|}) => System.Console.WriteLine(email);
            public void Unrelated(string {|#2:phone|}) => System.Console.WriteLine(phone);
        }
        public sealed class NameOrder : System.Collections.Generic.IComparer<string>
        {
            public int Compare(string? {|#3:firstName|}, string? {|#4:lastName|}) => string.CompareOrdinal(firstName, lastName);
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("IMailService.email", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("HandlebarsMailService.email", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("HandlebarsMailService.phone", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(3).WithArguments("NameOrder.firstName", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(4).WithArguments("NameOrder.lastName", "Name"));

    // Uses the syntax alone shows are not member feeds (ParameterUses): reported without binding the body; a shape it
    // cannot settle (an object initializer, a guard) still goes to the bound check.
    [Fact]
    public Task Parameter_PlainlyUsedOtherwise_Reported_InitializerFeedNot() => Verify.VerifyAnalyzerAsync("""
        using PiiGuard;
        public class Greeter
        {
            [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = "";

            public string Greet(string {|#0:email|}) => $"Hi {email}";
            public System.Exception Fail(string {|#1:phoneNumber|}) => new System.Exception(phoneNumber);
            public string Copy(string {|#2:emailAddress|}) { var copy = emailAddress; return copy; }
            public string Join(string {|#3:lastName|}) => "Dear " + lastName!;
            public Greeter Make(string contactEmail) => new Greeter { Email = (contactEmail ?? "").Trim() };
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("Greeter.email", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("Greeter.phoneNumber", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("Greeter.emailAddress", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(3).WithArguments("Greeter.lastName", "Name"));

    // Read from the syntax and the declared symbols, not a bound body: a receiver that is a parameter, a member or a local
    // of a written or created type, a primary constructor's initializers; a local or a lambda parameter of the same name, or a target the syntax cannot
    // place, keeps the parameter a suggestion.
    [Fact]
    public Task Parameter_Feeds_ReadWithoutBinding_AmbiguousNamesStillReported() => Verify.VerifyAnalyzerAsync("""
        using System;
        using PiiGuard;
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = "";
            [Pii(Category.Contact, Purpose = Purpose.Account)] public string Phone = "";
        }

        public class Accounts
        {
            private readonly Customer _current = new();

            public void Update(Customer customer, string email) => customer.Email = email;
            public void Call(string phoneNumber) { this._current.Phone = phoneNumber; _current.Phone = phoneNumber; }
            public void Copy(string {|#0:emailAddress|}) { var Email = ""; Email = emailAddress; Console.WriteLine(Email); }
            public void Shadow(string {|#1:email|}) { _current.Email = email; Func<string, string> f = email => email; }
            public void Other(string {|#2:mobileNumber|}, Customer[] all) => all[0].Phone = mobileNumber;
            public Customer Make(string phone) { var c = new Customer(); c.Phone = phone; Customer d = c; d.Email = phone; return c; }
        }

        public class Contact(string email, string phone)
        {
            [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; } = email;
            [Pii(Category.Contact, Purpose = Purpose.Account)] private readonly string _phone = phone.Trim();
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("Accounts.emailAddress", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("Accounts.email", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("Accounts.mobileNumber", "Contact"));

    [Fact]
    public Task TypeAndContainerEvidence_KnownFalseHits_NotReported() => Verify.VerifyAnalyzerAsync("""
        using System.Runtime.CompilerServices;
        public interface IPasswordResetProvider { }
        public class Address { public string {|#0:Street|} { get; set; } = ""; public string {|#1:State|} { get; set; } = ""; }
        public class SecuritySettings { public bool EnableLocalPassword { get; set; } public bool HideEmail { get; set; } }
        public class AccountService
        {
            private readonly IPasswordResetProvider _defaultPasswordResetProvider;
            public AccountService(IPasswordResetProvider defaultPasswordResetProvider) => _defaultPasswordResetProvider = defaultPasswordResetProvider;
            public void Trace([CallerMemberName] string callerMemberName = "") { }
        }
        public class NetworkOptions { public string LocalIpAddress { get; set; } = ""; public string PublishedServerUrl { get; set; } = ""; }
        public class Sponsorship { public System.DateTime ExpirationDate { get; set; } }
        public class Order
        {
            public Address BillingAddress { get; set; } = new();
            public string {|#2:BillingAddressLine1|} { get; set; } = "";
            public string {|#3:BillingPostalCode|} { get; set; } = "";
            public string {|#4:GranteeName|} { get; set; } = "";
        }
        public class Device { public string {|#5:DeviceId|} { get; set; } = ""; public string {|#6:Name|} { get; set; } = ""; public System.Guid UserId { get; set; } }
        public class SessionInfo { public string {|#7:RemoteEndPoint|} { get; set; } = ""; public string {|#8:DeviceName|} { get; set; } = ""; }
        public class LoginEvent { public string {|#9:IpAddress|} { get; set; } = ""; public string EventName { get; set; } = ""; public bool HideEmail { get; set; } }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("Address.Street", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("Address.State", "Location"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("Order.BillingAddressLine1", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(3).WithArguments("Order.BillingPostalCode", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(4).WithArguments("Order.GranteeName", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(5).WithArguments("Device.DeviceId", "DeviceId"),
        Verify.Diagnostic("PII0008").WithLocation(6).WithArguments("Device.Name", "Device"),
        Verify.Diagnostic("PII0008").WithLocation(7).WithArguments("SessionInfo.RemoteEndPoint", "IpAddress"),
        Verify.Diagnostic("PII0008").WithLocation(8).WithArguments("SessionInfo.DeviceName", "Device"),
        Verify.Diagnostic("PII0008").WithLocation(9).WithArguments("LoginEvent.IpAddress", "IpAddress"));

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

    // A data classification (Microsoft.Extensions.Compliance) can mark a parameter, and then it is reported; Identity's
    // [PersonalData] marks properties only, so without a classification in reach parameters' attributes are not read.
    [Fact]
    public Task DataClassification_OnMemberAndParameter_ReportedAsOtherScheme() => Verify.VerifyAnalyzerAsync("""
        using Microsoft.Extensions.Compliance.Classification;
        public sealed class PrivateDataAttribute : DataClassificationAttribute
        {
            public PrivateDataAttribute() : base(new DataClassification("Shop", "Private")) { }
        }

        public class Order
        {
            [PrivateData] public string {|#0:ShippingNote|} { get; set; } = "";
            public void Deliver([PrivateData] string {|#1:doorCode|}) { }
            public void Plain([System.ComponentModel.Description("x")] string sku) { }
        }
        """,
        Verify.Diagnostic("PII0009").WithLocation(0).WithArguments("Order.ShippingNote", "PrivateData", "UniqueId"),
        Verify.Diagnostic("PII0009").WithLocation(1).WithArguments("Order.doorCode", "PrivateData", "UniqueId"));

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

    // Generated code is skipped by the symbol's flag and by the report's location (a hidden line), as with
    // GeneratedCodeAnalysisFlags.None, without the driver scanning every reporting tree.
    [Fact]
    public Task GeneratedCode_NotReported_UserCodeBesideIt_Reported()
    {
        var test = new CSharpAnalyzerTest<PiiDiscoveryAnalyzer>();
        test.TestState.Sources.Add(("Customer.cs", """
            #line default
            public partial class Customer
            {
                public string {|#0:Email|} { get; set; } = "";
            #line hidden
                public string Phone { get; set; } = "";
            #line default
                public void Register(string {|#1:phoneNumber|}) => System.Console.WriteLine(phoneNumber);
            }
            """));
        test.TestState.Sources.Add(("Customer.g.cs", """
            public partial class Customer { public string FirstName { get; set; } = ""; public void Notify(string email) => System.Console.WriteLine(email); }
            public class Lead { public string Email { get; set; } = ""; }
            """));
        test.TestState.Sources.Add(("Mapper.cs", """
            // <auto-generated/>
            public class Contact { public string LastName { get; set; } = ""; public void Set(string email) => System.Console.WriteLine(email); }
            """));
        test.TestState.Sources.Add(("Tool.cs", """
            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            public class Patient { public string Surname { get; set; } = ""; }
            public class Member
            {
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public string DateOfBirth { get; set; } = "";
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public void Call(string phoneNumber) => System.Console.WriteLine(phoneNumber);
                public void Text(string {|#2:mobileNumber|}) => System.Console.WriteLine(mobileNumber);
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("Customer.Email", "Contact"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("Customer.phoneNumber", "Contact"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("Member.mobileNumber", "Contact"));
        return test.RunAsync();
    }

    /// <summary>
    /// A member or parameter typed with a model (a class of three or more non-private fields and properties, its bases'
    /// included, none named <c>Value</c>) holds a reference, whose own members carry the label: a media server's
    /// <c>BaseItem owner</c> is an item — also as a list, an array, a nullable or a task of one, and also when an attribute
    /// (<c>[EmailAddress]</c>) or a marked copy (<c>Cycle.Phase</c> of <c>CycleDto.Phase</c>) names it. Still the value they hold: a
    /// wrapper (a <c>Value</c>, here or in a base), a record of two members, a class whose own name is personal data, a
    /// generic class over a value, a class whose third member is private, static or const, a struct, a framework or
    /// serializer class (a <c>JObject</c> holds whatever it is given).
    /// </summary>
    [Fact]
    public Task MemberTypedWithAModel_NotSuggested_WrappersValueObjectsAndFrameworkTypesStill() => Verify.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        public abstract class BaseItem { public string Title { get; set; } = ""; public string Path { get; set; } = ""; public int Year { get; set; } }
        public class Episode : BaseItem { }
        public class TextItem { public string Value { get; set; } = ""; public string Language { get; set; } = ""; public bool Verified { get; set; } }
        public class LocalisedItem : TextItem { }
        public record Handle(string Text, string Kind);
        public class FullName { public string First { get; set; } = ""; public string {|#10:Middle|} { get; set; } = ""; public string Last { get; set; } = ""; }
        public class Encrypted<T> { public string Cipher { get; set; } = ""; public string Iv { get; set; } = ""; public string KeyId { get; set; } = ""; }
        public class Sealed { private string a = "", b = "", c = ""; public string Shown => a + b + c; }
        public class WithStatic { public string A { get; set; } = ""; public string B { get; set; } = ""; public static string C = ""; public const string D = ""; }
        public struct Struct3 { public string A; public string B; public string C; }
        public class Cycle { [PiiGuard.Pii(PiiGuard.Category.Health, Purpose = PiiGuard.Purpose.ServiceDelivery)] public string Phase { get; set; } = ""; }
        public class CycleDto { public Episode? Phase { get; set; } }
        public class Library
        {
            public BaseItem? Owner { get; set; }
            public Episode? OwnerName { get; set; }
            public List<Episode> OwnerNames { get; } = new();
            public Episode[] AuthorNames { get; } = new Episode[0];
            [System.ComponentModel.DataAnnotations.EmailAddress] public Episode? Primary { get; set; }
            public TextItem? {|#0:AuthorName|} { get; set; }
            public LocalisedItem? {|#1:WriterName|} { get; set; }
            public Handle? {|#2:EditorName|} { get; set; }
            public FullName? {|#3:PatientName|} { get; set; }
            public Encrypted<string>? {|#4:BuyerName|} { get; set; }
            public Sealed? {|#5:GuestName|} { get; set; }
            public WithStatic? {|#6:SenderName|} { get; set; }
            public Struct3 {|#7:CallerName|} { get; set; }
            public System.Net.Mail.MailAddress? {|#8:Reply|} { get; set; }
            public Newtonsoft.Json.Linq.JObject? {|#11:GuardianName|} { get; set; }
            public void Attach(BaseItem owner, Episode? ownerName, Task<Episode> authorName, string {|#9:ownerEmail|}) { }
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("Library.AuthorName", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("Library.WriterName", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(2).WithArguments("Library.EditorName", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(3).WithArguments("Library.PatientName", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(4).WithArguments("Library.BuyerName", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(5).WithArguments("Library.GuestName", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(6).WithArguments("Library.SenderName", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(7).WithArguments("Library.CallerName", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(8).WithArguments("Library.Reply", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(9).WithArguments("Library.ownerEmail", "Contact"),
        Verify.Diagnostic("PII0008").WithLocation(10).WithArguments("FullName.Middle", "Name"),
        Verify.Diagnostic("PII0008").WithLocation(11).WithArguments("Library.GuardianName", "Name"));

    /// <summary>A member another scheme marks keeps the category its names give it, even when typed with a model (PII0009).</summary>
    [Fact]
    public Task MemberTypedWithAModel_MarkedByAnotherScheme_KeepsTheCategoryItsNamesGive()
    {
        var test = new CSharpAnalyzerTest<PiiDiscoveryAnalyzer>
        {
            TestCode = """
                using Microsoft.AspNetCore.Identity;
                public class Episode { public string Title { get; set; } = ""; public string Path { get; set; } = ""; public int Year { get; set; } }
                public class ApplicationUser
                {
                    [PersonalData]
                    public Episode? {|#0:OwnerName|} { get; set; }
                }
                """,
            References = TestReferences.WithAspNetCore,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PII0009").WithLocation(0).WithArguments("ApplicationUser.OwnerName", "PersonalData", "Name"));
        return test.RunAsync();
    }
}
