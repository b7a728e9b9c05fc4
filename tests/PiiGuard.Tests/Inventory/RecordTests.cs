using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using static PiiGuard.Tests.Inventory.InventoryTestHelper;

namespace PiiGuard.Tests.Inventory;

/// <summary>The record a DPO files: every Art. 30(1)(a)–(g) element, the CCPA facts, human labels, "not stated".</summary>
public sealed class RecordTests
{
    private const string Declared = """
        using PiiGuard;

        [assembly: System.Reflection.AssemblyInformationalVersion("2.3.1+4f2a9c0e1b")]
        [assembly: PiiHomeRegion("US")]
        [assembly: PiiContact(PiiContactRole.Controller, "Shoe Co", Address = "1 Main St", Email = "privacy@shoe.example", Phone = "+1 555")]
        [assembly: PiiContact(PiiContactRole.DataProtectionOfficer, "Jane Doe", Email = "dpo@shoe.example")]
        [assembly: PiiActivity("Orders", Purpose = Purpose.ServiceDelivery, Description = "Ship your goods",
            DataSubjects = new[] { "Customers" }, Items = new[] { "Email address", "Contact details group" },
            Recipients = new[] { "Delivery companies" }, Transfers = new[] { "China: no safeguard stated" },
            Retention = "Usually within 3 working days after the account is deleted", LegalBasis = LegalBasis.Contract)]
        [assembly: PiiActivity("Newsletter", Items = new[] { "Fax number" })]
        [assembly: PiiSource("Marketing partners", Description = "Names and addresses")]
        [assembly: PiiSource("QWeather", Description = "Weather", PersonalData = false)]
        [assembly: PiiSecurityMeasure("Encryption at rest")]
        [assembly: PiiRights("CCPA", AppliesTo = "All US states", Rights = new[] { "Know", "Delete" }, ResponseTime = "Within 30 days; up to 90 days",
            RequestLimit = "Two requests per 12 months", OptOutValidity = "12 months", Verification = "Password authentication")]
        [assembly: PiiChildren("No data from children under 16", MinimumAge = 16)]

        namespace Shop;

        public sealed class Customer
        {
            [Pii(Category.Contact, Item = "Email address", Group = "Contact details group", DataSubject = "Customers", Purpose = Purpose.ServiceDelivery | Purpose.Marketing,
                 Sold = true, SoldTo = new[] { "Marketing partners" }, DisclosedTo = new[] { "Delivery companies" }, RetentionText = "Until the account is deleted")]
            public string Email { get; set; } = "";

            [Pii(Category.Contact, Item = "Phone", DataSubject = "Customers", Purpose = Purpose.ServiceDelivery, CcpaCategory = CcpaCategory.CustomerRecords)]
            public string Phone { get; set; } = "";

            [Pii(Category.IpAddress, DataSubject = "Visitors", Purpose = Purpose.Analytics, Sold = false, DisclosedTo = new string[0], Retention = "P13M")]
            public string IpAddress { get; set; } = "";
        }
        """;

    private static Result RunDeclared() => Run(Compile(new[] { ("Record.cs", Declared) }));

    [Fact]
    public void Record_EveryArt30ElementComesOutOfTheDeclarations()
    {
        var markdown = RunDeclared().Markdown;

        // (a) controller and DPO with their contact details; the representative is not stated.
        Assert.Contains("| Controller | Shoe Co | 1 Main St | privacy\\@shoe.example | +1 555 |  |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Data protection officer | Jane Doe |  | dpo\\@shoe.example |  |  |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Representative in the Union | **not stated** |", markdown, StringComparison.Ordinal);

        // (b)-(f) one row per activity, texts as written; a lawyer's "usually within 3 working days" stays as written.
        Assert.Contains("| Orders | Ship your goods | Customers | Email address, Contact details group | Delivery companies | China: no safeguard stated | Usually within 3 working days after the account is deleted | Contract |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Newsletter | **not stated** | **not stated** | Fax number | **not stated** | **not stated** | **not stated** | **not stated** |", markdown, StringComparison.Ordinal);

        // (g) security measures; Art. 14 sources; rights; children.
        Assert.Contains("## Security measures\n\n- Encryption at rest\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| QWeather | Weather |  | no |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Response time | Within 30 days; up to 90 days |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Request limit | Two requests per 12 months |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Opt-out of sale valid for | 12 months |", markdown, StringComparison.Ordinal);
        Assert.Contains("| How to exercise them | **not stated** |", markdown, StringComparison.Ordinal);
        Assert.Contains("Children: No data from children under 16 (minimum age 16).", markdown, StringComparison.Ordinal);

        // The version is the build's (no "+commit", so the same code gives the same record on every commit), never the clock.
        Assert.Contains("Version: **2.3.1**", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("4f2a9c0e1b", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-", markdown, StringComparison.Ordinal);

        // An activity naming an item nobody declares is a gap.
        Assert.Contains("- Activity Newsletter: no data subjects stated.", markdown, StringComparison.Ordinal);
        Assert.Contains("- Activity Newsletter names Fax number, which no `[Pii]` item or data category declares.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("The controller is not stated", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_SayNotStatedWhereTheDeclarationIsSilent_AndNoWhereElse()
    {
        var rows = Rows(RunDeclared().Markdown, "Items");
        var email = rows.Single(r => r[0] == "Email address");
        Assert.Equal("Sold to Marketing partners", email[4]);
        Assert.Equal("Until the account is deleted", email[6]);
        var phone = rows.Single(r => r[0] == "Phone");
        Assert.Equal("**not stated**", phone[4]); // no Sold written: the notice is silent, not "No"
        Assert.Equal("**not stated**", phone[5]);
        Assert.Equal("B. Personal information categories listed in Cal. Civ. Code §1798.80(e)", phone[9]);
        var ip = rows.Single(r => r[0] == "IpAddress");
        Assert.Equal("No", ip[4]);             // Sold = false written
        Assert.Equal("Not disclosed", ip[5]);  // DisclosedTo = new string[0] written
        Assert.Equal("13 months (P13M)", ip[6]);
        Assert.Equal("IP address", ip[1]);     // a human label, never the enum name
        Assert.Equal("A. Identifiers", ip[9]);
    }

    [Fact]
    public void Ccpa_SectionListsStatutoryCategoriesSaleSourcesAndThirdParties()
    {
        var markdown = RunDeclared().Markdown;
        var rows = Rows(markdown, "CCPA disclosures");
        Assert.Contains(rows, r => r[0] == "A. Identifiers" && r[1] == "Email address, IpAddress" && r[2] == "Marketing partners" && r[3] == "Not shared" && r[4] == "Delivery companies");
        Assert.Contains(rows, r => r[0] == "B. Personal information categories listed in Cal. Civ. Code §1798.80(e)" && r[1] == "Phone" && r[2] == "Not sold");
        Assert.Contains("Personal information sold: yes.", markdown, StringComparison.Ordinal);
        Assert.Contains("Categories of sources: Marketing partners.", markdown, StringComparison.Ordinal); // QWeather provides no personal data
        Assert.Contains("Categories of third parties: Delivery companies, Marketing partners.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingRecordLevelDeclared_SaysNotStated_NeverAClassName()
    {
        var markdown = Run(Compile(new[] { ("M.cs", """
            using PiiGuard;
            [assembly: PiiHomeRegion("DE")]
            namespace Shop;
            public sealed class ShippingAddress
            {
                [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)]
                public string Street { get; set; } = "";
            }
            """) })).Markdown;
        Assert.Contains("| Controller | **not stated** |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Service delivery | **not stated** | Contact details |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| ShippingAddress |", markdown, StringComparison.Ordinal);
        Assert.Contains("- The controller is not stated", markdown, StringComparison.Ordinal);
        Assert.Contains("- No security measures are stated", markdown, StringComparison.Ordinal);
        Assert.Contains("- ShippingAddress.Street (Street): no retention, no legal basis, no data subject stated.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## CCPA disclosures", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void UsNotice_MissingLegalBasisIsNotAGap()
    {
        var markdown = RunDeclared().Markdown;
        Assert.DoesNotContain("no legal basis", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void GdprRecord_LegalBasisOnTheActivityCoversItsItems_AndNoCcpaRowsAreInvented()
    {
        var markdown = Run(Compile(new[] { ("M.cs", """
            using PiiGuard;
            [assembly: PiiHomeRegion("EU")]
            [assembly: PiiActivity("Network activity", Items = new[] { "Network activity" }, DataSubjects = new[] { "Visitors" },
                LegalBasis = LegalBasis.Consent | LegalBasis.LegitimateInterests)]
            [assembly: PiiRights("GDPR", ResponseTime = "Usually within 15 days")]
            namespace Shop;
            public sealed class Visit
            {
                [Pii(Category.IpAddress, Group = "Network activity", DataSubject = "Visitors", Purpose = Purpose.Security, RetentionText = "As long as necessary")]
                public string Ip { get; set; } = "";
                [Pii(Category.Device, DataSubject = "Visitors", Purpose = Purpose.Security, RetentionText = "As long as necessary")]
                public string Browser { get; set; } = "";
            }
            """) })).Markdown;
        Assert.DoesNotContain("- Visit.Ip (Ip): no legal basis", markdown, StringComparison.Ordinal);
        Assert.Contains("- Visit.Browser (Browser): no legal basis stated.", markdown, StringComparison.Ordinal);
        Assert.Contains("| Response time | Usually within 15 days |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Opt-out of sale", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Request limit", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## CCPA disclosures", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagram_EdgesNameTheDataCategories()
    {
        var markdown = Run(Compile(new[] { ("M.cs", """
            using PiiGuard;
            [assembly: PiiHomeRegion("EU")]
            [assembly: PiiStorage("Cloud, Frankfurt", "DE")]
            [assembly: PiiDestination("US", Host = "api.partner.example", Recipient = "Partner")]
            namespace Shop;
            public sealed class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery, DisclosedTo = new[] { "Partner" })]
                public string Email { get; set; } = "";
                [Pii(Category.IpAddress, Purpose = Purpose.Security)]
                public string Ip { get; set; } = "";
            }
            """) })).Markdown;
        Assert.Contains("    app -- \"Contact details, IP address\" --> store0\n", markdown, StringComparison.Ordinal);
        Assert.Contains("    app -- \"Contact details — no transfer route\" --> dest0\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RecipientTheCodeReaches_ButNoDeclarationNames_IsAGap()
    {
        var markdown = Run(Compile(new[] { ("M.cs", """
            using System.Net.Http;
            using PiiGuard;
            [assembly: PiiHomeRegion("EU")]
            namespace Shop;
            public sealed class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery, DisclosedTo = new[] { "Couriers" })]
                public string Email { get; set; } = "";
            }
            [PiiDestination("DE", Recipient = "Couriers")]
            public sealed class CourierClient { public void Send(HttpClient http, Customer c) => http.GetAsync("https://c.example/?e=" + c.Email); }
            [PiiDestination("DE", Recipient = "Ad network")]
            public sealed class AdClient { public void Send(HttpClient http, Customer c) => http.GetAsync("https://a.example/?e=" + c.Email); }
            """) })).Markdown;
        Assert.Contains("- The code sends Contact details to Ad network (DE), which no activity or item names as a recipient.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("to Couriers (DE), which", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_CarriesTheRecord()
    {
        using var document = JsonDocument.Parse(RunDeclared().Json);
        var record = document.RootElement.GetProperty("record");
        Assert.Equal("2.3.1", record.GetProperty("version").GetString());
        Assert.Equal("Controller", record.GetProperty("contacts")[0].GetProperty("role").GetString());
        Assert.Equal("Usually within 3 working days after the account is deleted", record.GetProperty("activities")[1].GetProperty("retention").GetString());
        Assert.False(record.GetProperty("sources")[1].GetProperty("personalData").GetBoolean());
        Assert.Equal(16, record.GetProperty("childrenMinimumAge").GetInt32());
        var email = document.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("member").GetString() == "Email");
        Assert.Equal("Marketing partners", email.GetProperty("soldTo")[0].GetString());
        Assert.Equal("Until the account is deleted", email.GetProperty("retentionText").GetString());
        Assert.Equal("A. Identifiers", email.GetProperty("ccpaCategory").GetString());
    }

    [Fact]
    public void Output_IsIdenticalWhateverTheOrderOfAssemblyAttributes()
    {
        var lines = Declared.Split('\n');
        var attributes = lines.Where(l => l.StartsWith("[assembly: Pii", StringComparison.Ordinal) && !l.Contains("PiiActivity", StringComparison.Ordinal) && !l.Contains("PiiRights", StringComparison.Ordinal)).ToList();
        var reversed = Declared;
        foreach (var attribute in attributes)
        {
            reversed = reversed.Replace(attribute + "\n", string.Empty, StringComparison.Ordinal);
        }

        reversed = reversed.Replace("namespace Shop;", string.Join("\n", Enumerable.Reverse(attributes)) + "\nnamespace Shop;", StringComparison.Ordinal);
        Assert.NotEqual(Declared, reversed);
        Assert.Equal(RunDeclared().Markdown, Run(Compile(new[] { ("Record.cs", reversed) })).Markdown);
    }

    [Fact]
    public void MalformedRecordAttributes_NeverCrashTheGenerator()
    {
        var source = """
            using PiiGuard;
            [assembly: PiiContact((PiiContactRole)99, "Nobody")]
            [assembly: PiiContact(PiiContactRole.Controller, null)]
            [assembly: PiiActivity(null, Items = null, DataSubjects = new string[] { null, "" })]
            [assembly: PiiActivity("  ")]
            [assembly: PiiSource("")]
            [assembly: PiiSecurityMeasure(null)]
            [assembly: PiiRights(null)]
            [assembly: PiiChildren("x", MinimumAge = -5)]
            [assembly: PiiActivity(]
            namespace Shop;
            public sealed class C { [Pii(Category.Contact, Purpose = Purpose.Account, CcpaCategory = (CcpaCategory)77, SoldTo = null)] public string E { get; set; } = ""; }
            """;
        var compilation = Compile(new[] { ("Bad.cs", source) });
        var driver = Driver().RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Id is "CS8784" or "CS8785");
        var result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        var (markdown, _) = Map(compilation, new TestOptionsProvider(new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" }));
        Assert.Contains("| Controller | **not stated** |", markdown!, StringComparison.Ordinal);
        Assert.DoesNotContain("Nobody", markdown!, StringComparison.Ordinal);
        Assert.Contains("Children: x.", markdown!, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_CoverEveryValueOfThePublicEnums()
    {
        foreach (var category in Enum.GetValues<PiiGuard.Category>())
        {
            var label = InventoryEmitter.CategoryLabel((int)category);
            Assert.NotEqual("Unknown category", label);
            // A one-word name (Name, Content) may be its own label; a compound one (IpAddress, DeviceId) never is.
            Assert.True(category.ToString().Count(char.IsUpper) == 1 || label != category.ToString(), label);
        }

        var ccpa = Enum.GetValues<PiiGuard.CcpaCategory>().Select(v => (int)v).Where(v => v != 0).ToList();
        Assert.Equal(PiiGuard.Analyzers.Model.PiiDeclaration.MaxCcpaCategory, ccpa.Max());
        Assert.All(ccpa, v => Assert.DoesNotContain("not stated", InventoryEmitter.CcpaLabel(v), StringComparison.Ordinal));
        Assert.Equal(InventoryParser.MaxContactRole, Enum.GetValues<PiiGuard.PiiContactRole>().Select(v => (int)v).Max());
    }

    // ------------------------------------------------------------------ inventory integrity

    [Fact]
    public void FieldTargetedStaticAndConstMembers_AreItems()
    {
        var markdown = Run(Compile(new[] { ("M.cs", """
            using PiiGuard;
            namespace Shop;
            public sealed class Customer
            {
                [field: Pii(Category.Contact, Purpose = Purpose.Account, Item = "Backing email")]
                public string Email { get; set; } = "";

                [Pii(Category.Name, Purpose = Purpose.Account, Item = "Static name")]
                public static string LastName = "";

                [Pii(Category.Contact, Purpose = Purpose.Account, Item = "Const support address")]
                public const string SupportAddress = "1 Main St";

                [Pii(Category.Contact, Purpose = Purpose.Account, Item = "Static property")]
                public static string Cached { get; set; } = "";
            }
            """) })).Markdown;
        var items = Rows(markdown, "Items").Select(r => r[0]).ToList();
        Assert.Contains("Backing email", items);
        Assert.Contains("Static name", items);
        Assert.Contains("Const support address", items);
        Assert.Contains("Static property", items);
    }

    [Fact]
    public void StaticAndConstMembers_OfAReferencedAssembly_AreItems()
    {
        // (A [field: Pii] backing field is private metadata, which a referencing compilation does not import: documented.)
        var library = TestProject.CompileLibrary("""
            namespace Shop.Models;
            public class Shopper
            {
                [PiiGuard.Pii(PiiGuard.Category.Contact, Purpose = PiiGuard.Purpose.Account, Item = "Library const address")]
                public const string Address = "1 Main St";

                [PiiGuard.Pii(PiiGuard.Category.Name, Purpose = PiiGuard.Purpose.Account, Item = "Library static name")]
                public static string LastName = "";
            }
            """, "Shop.Models");
        var markdown = Run(Compile(new[] { ("App.cs", "[assembly: PiiGuard.PiiHomeRegion(\"DE\")] class App { }") }, library)).Markdown;
        var items = Rows(markdown, "Items").Select(r => r[0]).ToList();
        Assert.Contains("Library const address", items);
        Assert.Contains("Library static name", items);
    }

    [Fact]
    public void FileLocalTypesOfTheSameName_InTwoFiles_KeepBothItems()
    {
        var markdown = Run(Compile(new[]
        {
            ("A.cs", "using PiiGuard; namespace Shop; file sealed class Customer { [Pii(Category.Contact, Purpose = Purpose.Account, Item = \"A email\")] public string Email { get; set; } = \"\"; }"),
            ("B.cs", "using PiiGuard; namespace Shop; file sealed class Customer { [Pii(Category.Contact, Purpose = Purpose.Account, Item = \"B email\")] public string Email { get; set; } = \"\"; }"),
        })).Markdown;
        var items = Rows(markdown, "Items").Select(r => r[0]).ToList();
        Assert.Contains("A email", items);
        Assert.Contains("B email", items);
    }

    [Fact]
    public void TypeLevelPii_StillCoversInstanceDataOnly()
    {
        var markdown = Run(Compile(new[] { ("M.cs", """
            using PiiGuard;
            namespace Shop;
            [Pii(Category.Contact, Purpose = Purpose.Account)]
            public sealed class Contact
            {
                public static readonly Contact Empty = new();
                public const int MaxLength = 10;
                public string Email { get; set; } = "";
            }
            """) })).Markdown;
        Assert.Equal(new[] { "Email" }, Rows(markdown, "Items").Select(r => r[0]));
    }

    private static System.Collections.Generic.List<string[]> Rows(string markdown, string section)
    {
        var lines = markdown.Split('\n');
        var start = Array.FindIndex(lines, l => l == "## " + section);
        Assert.True(start >= 0, "no section " + section);
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .SkipWhile(l => !l.StartsWith("|---", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray()).ToList();
    }
}
