using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;
using PiiGuard.Tests.Inventory;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// Issue 16, deliverable 3: audit mode (<c>PiiGuardAudit=true</c> / <c>piiguard.audit = true</c>) follows members that
/// discovery classifies as personal data but nobody marked, and reports them as PII0601–PII0603 — never mixed with the
/// findings on declared data, never in the map, and nothing at all when it is off.
/// </summary>
public sealed class AuditModeTests
{
    private const string Legacy = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using PiiGuard;

        """;

    private const string LegacyTypes = AuditTest.LegacyTypes;

    private static CSharpAnalyzerTest<PiiFlowAnalyzer> Create(string code, bool? viaBuildProperty, string assemblyAttributes = "") =>
        AuditTest.Create(Legacy, code, viaBuildProperty, assemblyAttributes);

    private const string Logging = """
        class Service
        {
            void Run(ILogger logger, Person p)
            {
                logger.LogInformation("Signed up {Email}", {|PII0601:p.Email|});
                var phone = p.PhoneNumber.Trim();
                logger.LogWarning("Call {Phone}", {|PII0601:phone|});
                logger.LogInformation("Person {Id} on {Plan}", p.Id, p.Plan);
                throw new InvalidOperationException($"No account for {{|PII0601:p.Email|}}");
            }
        }
        """;

    [Fact]
    public Task Off_NothingReported() => Create(Logging.Replace("{|PII0601:", string.Empty).Replace("|}", string.Empty), viaBuildProperty: null).RunAsync();

    [Fact]
    public Task On_ViaMsBuildProperty_ProbableLogsReported() => Create(Logging, viaBuildProperty: true).RunAsync();

    [Fact]
    public Task On_ViaGlobalConfig_ProbableLogsReported() => Create(Logging, viaBuildProperty: false).RunAsync();

    private const string ByEvidence = """
        public class Tenant
        {
            public int Id { get; set; }
            public string FirstName { get; set; } = "";
            public string Telephone { get; set; } = "";
        }

        public class Form
        {
            [System.ComponentModel.DataAnnotations.EmailAddress] public string Primary { get; set; } = "";
            public string Plan { get; set; } = "";
        }

        public class AttendanceLog
        {
            public int StudentId { get; set; }
            public string Notes { get; set; } = "";
            public string Status { get; set; } = "";
        }

        class Audit
        {
            void Run(ILogger logger, Tenant t, Form f, AttendanceLog a)
            {
                logger.LogInformation("Tenant {Phone}", {|PII0601:t.Telephone|});
                logger.LogInformation("Form {Mail} on {Plan}", {|PII0601:f.Primary|}, f.Plan);
                logger.LogInformation("Tenant {Id}", t.Id);
                logger.LogInformation("Attendance {Status}: {Notes}", a.Status, {|PII0601:a.Notes|});
            }
        }
        """;

    /// <summary>
    /// Members discovery finds by their container's other members (a first name; a key to one person, whose record's notes
    /// are about them) or by their attributes are followed as well.
    /// </summary>
    [Fact]
    public Task On_MembersFoundByContainerOrAttributeEvidence_Followed() => Create(ByEvidence, viaBuildProperty: true).RunAsync();

    [Fact]
    public Task Off_MembersFoundByContainerOrAttributeEvidence_NotReported() =>
        Create(ByEvidence.Replace("{|PII0601:", string.Empty).Replace("|}", string.Empty), viaBuildProperty: null).RunAsync();

    /// <summary>
    /// A member typed with a model (<c>BaseItem Owner</c>: three or more fields and properties, none named <c>Value</c>) is
    /// a reference, not a name, as discovery reads it (PII0008): audit mode follows the model's own members, not the reference.
    /// </summary>
    [Fact]
    public Task On_MemberTypedWithAModel_NotFollowedAsAValue() => Create("""
        public class BaseItem
        {
            public string Title { get; set; } = "";
            public string Path { get; set; } = "";
            public int Year { get; set; }
        }

        public class Extra
        {
            public BaseItem? Owner { get; set; }
            public string OwnerEmail { get; set; } = "";
        }

        class Library
        {
            void Run(ILogger logger, Extra e) => logger.LogInformation("{Owner} {Mail}", e.Owner, {|PII0601:e.OwnerEmail|});
        }
        """, viaBuildProperty: true).RunAsync();

    /// <summary>A copy of a marked member (the same name on a related type: <c>CycleDto</c> of <c>Cycle</c>) is followed as discovery reads it.</summary>
    [Fact]
    public Task On_CopiesOfMarkedMembers_Followed() => Create("""
        public class Cycle
        {
            [Pii(Category.Health, Purpose = Purpose.ServiceDelivery)] public string Phase { get; set; } = "";
        }

        public class CycleDto
        {
            public string Phase { get; set; } = "";
            public int Length { get; set; }
        }

        class Tracker
        {
            void Run(ILogger logger, CycleDto d) => logger.LogInformation("{Phase} {Length}", {|PII0601:d.Phase|}, d.Length);
        }
        """, viaBuildProperty: true).RunAsync();

    /// <summary>
    /// A member only the learned second opinion finds (a period tracker's cycle log's phase; discovery's NameModel) is followed
    /// too; one it is not sure of (a yacht guest's excursion) is not.
    /// </summary>
    [Fact]
    public Task On_MembersTheLearnedSecondOpinionAdds_Followed() => Create("""
        public class CycleLog
        {
            public int Id { get; set; }
            public string Phase { get; set; } = "";
        }

        public class YachtGuest
        {
            public string Excursion { get; set; } = "";
        }

        class Tracker
        {
            void Run(ILogger logger, CycleLog c, YachtGuest g) => logger.LogInformation("{Phase} {Id} {Trip}", {|PII0601:c.Phase|}, c.Id, g.Excursion);
        }
        """, viaBuildProperty: true).RunAsync();

    [Fact]
    public Task On_ProbableSerialized_Reported_CleanObjectsNot() => Create("""
        class Export
        {
            string Run(Person p, Invoice i) =>
                System.Text.Json.JsonSerializer.Serialize({|PII0602:p|}) + System.Text.Json.JsonSerializer.Serialize(i) +
                Newtonsoft.Json.JsonConvert.SerializeObject({|PII0602:p.Email|});
        }
        """, viaBuildProperty: true).RunAsync();

    [Fact]
    public Task On_ProbableSentOffRegion_Reported_InRegionNot() => Create("""
        [PiiDestination("US")]
        public interface ICrm { Task Push(string value); }

        [PiiDestination("DE")]
        public interface IMailer { Task Push(string value); }

        class Sync
        {
            Task Run(ICrm crm, IMailer mailer, Person p) =>
                Task.WhenAll(crm.Push({|PII0603:p.Email|}), mailer.Push(p.Email), crm.Push(p.Plan));
        }
        """, viaBuildProperty: true, "[assembly: PiiHomeRegion(\"EU\")]\n").RunAsync();

    [Fact]
    public Task On_DeclaredAndProbable_KeepTheirOwnIds() => Create("""
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)]
            public string Email { get; set; } = "";

            public string LastName { get; set; } = "";
        }

        class Service
        {
            void Run(ILogger logger, Customer c, Person p)
            {
                logger.LogInformation("{Email}", {|PII0101:c.Email|});
                logger.LogInformation("{Name}", {|PII0601:c.LastName|});
                logger.LogInformation("{A} {B}", {|PII0101:c.Email|}, {|PII0601:p.Email|});
            }
        }
        """, viaBuildProperty: true).RunAsync();

    [Fact]
    public Task On_Severity_CanBeRaised()
    {
        var test = Create("""
            class Service
            {
                void Run(ILogger logger, Person p) => logger.LogInformation("{Email}", {|#0:p.Email|});
            }
            """, viaBuildProperty: true);
        // Raised: the finding must come out as a warning (a key outside a [*.cs] section would be ignored).
        test.EditorConfig = "[*.cs]\ndotnet_diagnostic.PII0601.severity = warning\n";
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PII0601", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public void Relevance_AuditOff_NothingMarked_IsEmpty_AuditOn_WalksOnlyProbableBodies()
    {
        var compilation = InventoryTestHelper.Compile(new[] { ("Legacy.cs", Legacy + LegacyTypes + """
            class Service
            {
                void Leak(ILogger logger, Person p) => logger.LogInformation("{E}", p.Email);
                void Clean(ILogger logger, Invoice i) => logger.LogInformation("{N}", i.Number);
            }
            """) });
        Assert.Equal(new[] { "Leak" }, AuditRelevantMethods(compilation));
    }

    [Fact]
    // A solution's model project is referenced by several projects: its members' verdicts are kept with their entries (read
    // once, not once per referencing project), and every referencing compilation still walks the body that reads them.
    public void Relevance_AuditOn_ModelInAProjectReference_EachReferencingProjectWalksOnlyProbableBodies()
    {
        var model = InventoryTestHelper.Compile(new[] { ("Model.cs", Legacy + LegacyTypes) }).WithAssemblyName("LegacyModel");
        foreach (var project in new[] { "Api", "Worker", "Api" })
        {
            var compilation = InventoryTestHelper.Compile(
                new[] { ($"{project}.cs", Legacy + $$"""
                    class {{project}}
                    {
                        void Leak(ILogger logger, Person p) => logger.LogInformation("{E}", p.Email);
                        void Clean(ILogger logger, Invoice i) => logger.LogInformation("{N}", i.Number);
                    }
                    """) },
                model.ToMetadataReference());
            Assert.Equal(new[] { "Leak" }, AuditRelevantMethods(compilation));
        }
    }

    // With nothing marked: no body is relevant with audit mode off; with it on, the names of the methods whose bodies are.
    private static List<string> AuditRelevantMethods(Microsoft.CodeAnalysis.Compilation compilation)
    {
        var pii = compilation.GetTypeByMetadataName("PiiGuard.PiiAttribute")!;
        Assert.True(PiiRelevance.Compute(compilation, pii, default).IsEmpty);
        var audit = PiiRelevance.Compute(compilation, pii, default, audit: true);
        return compilation.SyntaxTrees.SelectMany(t => FlowBodies.CodeBlocks(t.GetRoot())).Where(audit.IsRelevant)
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText).ToList();
    }

    [Fact]
    public void Map_NeverListsInferredMembers()
    {
        var source = Legacy + LegacyTypes + """
            public class Customer { [Pii(Category.Contact, Purpose = Purpose.Account)] public string Mail { get; set; } = ""; }
            class Service
            {
                void Run(ILogger logger, Person p, Customer c) { logger.LogInformation("{E}", p.Email); logger.LogInformation("{M}", c.Mail); }
            }
            """;
        var driver = InventoryTestHelper.Driver(new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src", ["PiiGuardAudit"] = "true" });
        var result = InventoryTestHelper.Run(InventoryTestHelper.Compile(new[] { ("Legacy.cs", source) }), driver);
        Assert.Contains("Customer.Mail", result.Json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Person.Email", result.Json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Person.Email", result.Markdown, System.StringComparison.Ordinal);
    }
}

/// <summary>The legacy model (nothing marked) and the audit switch, shared by the audit-mode test classes.</summary>
internal static class AuditTest
{
    public const string LegacyTypes = """
        public class Person
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
            public string Plan { get; set; } = "";
        }

        public class Invoice
        {
            public int Number { get; set; }
            public decimal Total { get; set; }
        }

        """;

    public static CSharpAnalyzerTest<PiiFlowAnalyzer> Create(string usings, string code, bool? viaBuildProperty, string assemblyAttributes = "")
    {
        var test = new CSharpAnalyzerTest<PiiFlowAnalyzer> { TestCode = usings + assemblyAttributes + LegacyTypes + code };
        if (viaBuildProperty == true)
        {
            test.BuildProperties["PiiGuardAudit"] = "true";
        }
        else if (viaBuildProperty == false)
        {
            test.GlobalConfig = "piiguard.audit = true\n";
        }

        return test;
    }
}
