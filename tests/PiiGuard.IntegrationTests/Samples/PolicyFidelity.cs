using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.IntegrationTests.Samples;

/// <summary>
/// Reads a sample's committed data map (which <see cref="SampleTests.CommittedDataMap_MatchesTheCode"/> proves is what
/// the code generates). These tests need no package: they compare the committed record with the policy.
/// </summary>
internal static class CommittedMap
{
    public static string Markdown(string sample) =>
        File.ReadAllText(RepoPaths.Combine("samples", sample, "docs", "data-map.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    public static List<string[]> Rows(string sample, string section) => MarkdownTable.Rows(Markdown(sample), section);

    /// <summary>The named column of a table, by its header.</summary>
    public static int Column(string sample, string section, string header)
    {
        var lines = Markdown(sample).Split('\n');
        var start = Array.FindIndex(lines, l => l == "## " + section);
        var headerLine = lines.Skip(start + 1).First(l => l.StartsWith('|'));
        var index = Array.IndexOf(headerLine.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray(), header);
        Assert.True(index >= 0, $"no column '{header}' in {section}");
        return index;
    }

    /// <summary>Every expected name is in the comma-separated cell, and nothing else is (names may contain commas).</summary>
    public static void AssertExactly(IEnumerable<string> expected, string cell)
    {
        var rest = cell;
        foreach (var name in expected.OrderByDescending(r => r.Length))
        {
            Assert.Contains(name, rest, StringComparison.Ordinal);
            rest = rest.Replace(name, string.Empty, StringComparison.Ordinal);
        }

        Assert.Equal(string.Empty, rest.Replace(",", string.Empty, StringComparison.Ordinal).Trim());
    }
}

/// <summary>SolaX's Bulgarian policy (../shared/seeds/solax-privacy-policy-bg.txt), table by table and fact by fact.</summary>
public sealed class SolaxPolicyTests
{
    private const string Sample = "SolaxCloud";

    private static string Map => CommittedMap.Markdown(Sample);

    // "Категории данни | Описание | Цел": every category, every element of its description, its purpose as written.
    public static TheoryData<string, string[], string> CategoryRows() => new()
    {
        { "Contact information", new[] { "Name", "Email", "cc e-mail", "Phone", "Address", "Postcode", "Country", "Company name", "Job title" },
          "To communicate with you, handle your request, after-sales, password reset, account deletion, warranty binding, account creation. With your consent, product, service and marketing information." },
        { "Account information", new[] { "Account", "Password" }, "Password reset, account name change." },
        { "Communications", new[] { "Support request" }, "To communicate with you, confirm eligibility and collect your issues and suggestions." },
        { "Network activity", new[] { "Device model", "Browser type", "Operating system", "Region", "IP address", "Pixel tags", "Cookies" },
          "Optimise the operation of websites and apps, based on your consent, our contract with you and/or our legitimate interests in improving user experience and security." },
        { "Device information", new[] { "Location (lon/lat)", "SIM card", "Device type", "Device name", "Part number", "Inverter SN", "Firmware version", "Language" },
          "Map positioning. SIM card recharge, package, traffic and balance queries. Device status and website statistics, for remote product information and control, warranty binding, local app login, improving products and services." },
        { "Device log", new[] { "Server visit time", "Protocol", "Device type (device log)", "Device log serial number" }, "Make sure products and services work correctly. Locate defects." },
        { "Currency type", new[] { "Currency unit" }, "To show the economic benefit in the client software." },
        { "Time zone", new[] { "Time zone" }, "Compute the plant's local time and obtain the solar irradiance, so the system works correctly." },
        { "System size", new[] { "System size" }, "Show the plant's information in the client software, so users know its operating status better." },
    };

    [Theory]
    [MemberData(nameof(CategoryRows))]
    public void CategoryRow_SaysWhatThePolicySays(string category, string[] elements, string purpose)
    {
        var row = CommittedMap.Rows(Sample, "Data categories").Single(r => r[0] == category);
        var listed = row[1].Split(", ");
        Assert.All(elements, e => Assert.Contains(e, listed));
        Assert.Equal(purpose, row[2]);
    }

    [Fact]
    public void CategoriesTable_HasNoCategoryThePolicyLacks_AndNoRawNames()
    {
        Assert.Equal(
            CategoryRows().Select(r => (string)r[0]).OrderBy(c => c, StringComparer.Ordinal),
            CommittedMap.Rows(Sample, "Data categories").Select(r => r[0]).OrderBy(c => c, StringComparer.Ordinal));
        // The raw "DeviceId: InverterSerialNumber" row is gone: categories and items are named as the policy names them.
        Assert.All(CommittedMap.Rows(Sample, "Data categories"), r => Assert.DoesNotContain("InverterSerialNumber", string.Join("|", r), StringComparison.Ordinal));
        Assert.All(CommittedMap.Rows(Sample, "Items"), r => Assert.NotEqual("InverterSerialNumber", r[0]));
        var category = CommittedMap.Column(Sample, "Items", "Data category");
        Assert.All(CommittedMap.Rows(Sample, "Items"), r => Assert.DoesNotMatch("^(DeviceId|IpAddress|PreciseLocation|Sensor|Telemetry)$", r[category]));
    }

    // The "Data authority" table, row for row: Data type, Item, Access, Edit, Delete.
    private const string All4 = "Agent, Customer service, End user, Installer";
    private const string EuAgCs = "Agent, Customer service, End user";
    private const string AgInCs = "Agent, Customer service, Installer";
    private const string AgCs = "Agent, Customer service";
    private const string EuCs = "Customer service, End user";

    public static TheoryData<string, string, string, string, string> AuthorityRows() => new()
    {
        { "End-user data", "Email", All4, EuAgCs, EuAgCs },
        { "End-user data", "Name", All4, EuAgCs, EuAgCs },
        { "End-user data", "Phone", All4, EuAgCs, EuAgCs },
        { "End-user data", "Location (lon/lat)", All4, EuAgCs, EuAgCs },
        { "End-user data", "Time zone", All4, All4, EuAgCs },
        { "End-user data", "Account", All4, "End user", EuAgCs },
        { "End-user data", "Password", "/", "End user", EuAgCs },
        { "End-user data", "Address", All4, EuCs, EuAgCs },
        { "End-user data", "Postcode", All4, EuCs, EuAgCs },
        { "End-user data", "Currency unit", All4, All4, All4 },
        { "End-user data", "Country", All4, All4, All4 },
        { "End-user data", "Tariff", All4, All4, All4 },
        { "End-user data", "IP address", "Customer service", "/", "/" },
        { "Installer data", "Email", AgInCs, AgInCs, AgInCs },
        { "Installer data", "Name", AgInCs, AgInCs, AgInCs },
        { "Installer data", "Company name", AgInCs, AgInCs, AgInCs },
        { "Installer data", "Phone", AgInCs, AgInCs, AgInCs },
        { "Installer data", "Country", AgInCs, AgInCs, AgInCs },
        { "Installer data", "Address", AgInCs, AgInCs, AgInCs },
        { "Installer data", "IP address", "Customer service", "/", "/" },
        { "Installer data", "Account", AgInCs, AgInCs, AgCs },
        { "Installer data", "Password", "/", "Installer", AgCs },
        { "Agent data", "Email", AgCs, AgCs, AgCs },
        { "Agent data", "Name", AgCs, AgCs, AgCs },
        { "Agent data", "Company name", AgCs, AgCs, AgCs },
        { "Agent data", "Country", AgCs, AgCs, AgCs },
        { "Agent data", "Address", AgCs, AgCs, AgCs },
        { "Agent data", "Phone", AgCs, AgCs, AgCs },
        { "Agent data", "Account", AgCs, AgCs, AgCs },
        { "Agent data", "IP address", "Customer service", "/", "/" },
        { "Agent data", "Password", "/", "Agent", AgCs },
        { "Device data", "Inverter SN", All4, "/", EuCs },
        { "Device data", "Network module SN", All4, "/", EuCs },
        { "Device data", "Battery SN", All4, "/", EuCs },
        { "Device data", "Consumed power", All4, "Customer service", EuCs },
        { "Device data", "Generated power", All4, "Customer service", EuCs },
        { "Device data", "Extended warranty code", EuCs, "/", EuCs },
        { "Device data", "Promo code", EuCs, "/", EuCs },
        { "Device data", "Deployment time", EuCs, EuCs, EuCs },
        { "Device data", "PV production", All4, All4, EuCs },
        { "Device data", "PV model", All4, All4, EuCs },
    };

    [Theory]
    [MemberData(nameof(AuthorityRows))]
    public void AuthorityRow_SaysWhatThePolicySays(string dataType, string item, string access, string edit, string delete) =>
        Assert.Contains(CommittedMap.Rows(Sample, "Data authority"), r => r.SequenceEqual(new[] { dataType, item, access, edit, delete }));

    [Fact]
    public void AuthorityTable_HasNoRowThePolicyLacks() => Assert.Equal(
        AuthorityRows().Select(r => ((string)r[0], (string)r[1])).OrderBy(x => x),
        CommittedMap.Rows(Sample, "Data authority").Select(r => (r[0], r[1])).OrderBy(x => x));

    [Fact]
    public void Retention_IsPhrasedAsThePolicyPhrasesIt_AndOnlyWhereItApplies()
    {
        var rows = CommittedMap.Rows(Sample, "Items");
        var retention = CommittedMap.Column(Sample, "Items", "Retention");
        var declaredIn = CommittedMap.Column(Sample, "Items", "Declared in");

        // SIM recharge records: deleted automatically 6 months after the start of the transaction.
        Assert.Equal("Deleted automatically 6 months after the start of the transaction (P6M)", rows.Single(r => r[0] == "SIM recharge record")[retention]);

        // "Usually within 3 working days": the end user's account and contact information, as written — never 3 calendar days.
        foreach (var member in new[] { "EndUser.Email", "EndUser.Name", "EndUser.Phone", "EndUser.Account", "EndUser.Address", "EndUser.Postcode" })
        {
            Assert.Equal("Until the account is deleted; on an end user's request removed, usually within 3 working days", rows.Single(r => r[declaredIn] == member)[retention]);
        }

        // Plant data is not what that deletion removes (only the account–plant link is): no period is stated for it.
        foreach (var member in new[] { "Plant.Location", "Plant.TimeZone", "Plant.Currency", "Plant.TariffPerKwh", "Plant.RatedPowerKw" })
        {
            Assert.Equal("**not stated**", rows.Single(r => r[declaredIn] == member)[retention]);
        }

        Assert.DoesNotContain("P3D", Map, StringComparison.Ordinal);
        Assert.DoesNotContain("3 days", Map, StringComparison.Ordinal);
    }

    [Fact]
    public void InventedFacts_AreAbsent()
    {
        var rows = CommittedMap.Rows(Sample, "Items");
        var purpose = CommittedMap.Column(Sample, "Items", "Purpose");
        var legalBasis = CommittedMap.Column(Sample, "Items", "Legal basis");
        var category = CommittedMap.Column(Sample, "Items", "Data category");

        // No Payment or Research purpose on device serial numbers.
        foreach (var serial in rows.Where(r => r[0].Contains("SN", StringComparison.Ordinal) || r[0].Contains("serial number", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("Payment", serial[purpose], StringComparison.Ordinal);
            Assert.DoesNotContain("Research", serial[purpose], StringComparison.Ordinal);
        }

        // The policy states legal bases for network activity only: no other item carries one (no blanket "Contract").
        Assert.All(rows.Where(r => r[legalBasis] != "**not stated**"), r => Assert.Equal("Network activity", r[category]));
        Assert.All(rows.Where(r => r[category] == "Network activity"), r => Assert.Equal("Consent, Contract, Legitimate interests", r[legalBasis]));
    }

    [Fact]
    public void Record_CarriesEveryFactOfThePolicy()
    {
        var map = Map;

        // Controller; no representative and no DPO are named, and the map says so.
        Assert.Contains("| Controller | SolaX Power Network Technology (Zhejiang) Co., Ltd. and its affiliates |", map, StringComparison.Ordinal);
        Assert.Contains("| Representative in the Union | **not stated** |", map, StringComparison.Ordinal);
        Assert.Contains("| Data protection officer | **not stated** |", map, StringComparison.Ordinal);

        // Storage in Frankfurt, isolated from every international server.
        Assert.Contains(CommittedMap.Rows(Sample, "Storage and transfers"), r => r.Length >= 2 && r[0] == "Aliyun (Alibaba Cloud) server, Frankfurt, isolated from every international server" && r[1] == "DE");
        Assert.Contains("Home region: EU.", map, StringComparison.Ordinal);

        // Transfers: adequacy decisions, SCCs, consent, anonymisation (never a transfer tool).
        Assert.Contains("Countries the European Commission recognises as adequate; elsewhere EU standard contractual clauses, the data subject's consent, or anonymisation before the transfer", map, StringComparison.Ordinal);
        Assert.Contains("| CN | Standard contractual clauses | yes |", map, StringComparison.Ordinal);
        Assert.Contains("| CN | Explicit consent | yes |", map, StringComparison.Ordinal);
        Assert.Contains("| CN | Anonymised | no — anonymised data is no longer personal data |", map, StringComparison.Ordinal);

        // Recipients: authorised installers, affiliates, authorities.
        var activities = CommittedMap.Rows(Sample, "Record of processing activities (GDPR Art. 30)");
        var contact = activities.Single(r => r[0] == "Contact information");
        CommittedMap.AssertExactly(new[] { "Authorised installers (installation and maintenance)", "Affiliates and subsidiaries of SolaX Power", "Law enforcement and other government agencies, where the law requires" }, contact[4]);
        CommittedMap.AssertExactly(new[] { "End users", "Installers", "Agents" }, contact[2]);
        Assert.Equal("Kept as long as the account is needed to provide the services; on an end user's request the account, contact information and the account–plant link are removed, usually within 3 working days", contact[6]);
        Assert.Equal("Consent, Contract, Legitimate interests", activities.Single(r => r[0] == "Network activity")[7]);

        // Sources: Google Maps and QWeather provide no personal data.
        var sources = CommittedMap.Rows(Sample, "Sources");
        Assert.Contains(sources, r => r[0] == "Google Maps" && r[3] == "no");
        Assert.Contains(sources, r => r[0] == "QWeather" && r[3] == "no");
        Assert.Contains(sources, r => r[0] == "You, directly" && r[3] == "yes");

        // The code breaks that promise (the plant's coordinates go to the weather provider): a finding in the map itself.
        Assert.Contains("- The code sends Device information, Time zone to QWeather (US), which no activity or item names as a recipient.", map, StringComparison.Ordinal);

        // Children, rights, 15-day answers, security measures.
        Assert.Contains("Children: Websites, products and services are intended for adults", map, StringComparison.Ordinal);
        Assert.Contains("| Response time | Usually within 15 days |", map, StringComparison.Ordinal);
        foreach (var right in new[] { "Access certain personal data", "Update or correct inaccuracies", "Object to or restrict", "Erasure of your personal data", "Withdraw consent at any time" })
        {
            Assert.Contains(right, map, StringComparison.Ordinal);
        }

        Assert.Contains("| Complaints | The competent data protection authority |", map, StringComparison.Ordinal);
        foreach (var measure in new[] { "Cryptographic technologies for data confidentiality", "Protection mechanisms to prevent attacks", "Access control: only authorised access to personal data", "Security and privacy training for employees" })
        {
            Assert.Contains("- " + measure + "\n", map, StringComparison.Ordinal);
        }
    }
}

/// <summary>DP Dream Pairs' US notice (../shared/seeds/dreampairs-privacy-policy-us.txt), item by item and fact by fact.</summary>
public sealed class DreamPairsPolicyTests
{
    private const string Sample = "DreamPairsShop";

    private static string Map => CommittedMap.Markdown(Sample);

    // Item | Sale | Disclosure, as the notice words each item's "Sale:" and "Disclosure:" lines.
    public static TheoryData<string, string, string[]> ItemRows() => new()
    {
        { "Name", "Sold to Marketing partners", new[] { "Marketing partners", "Credit reference agencies", "Card clearing agencies", "Fraud-prevention and 3-D Secure partner", "Delivery companies", "Research companies" } },
        { "Email address", "Sold to Marketing partners", new[] { "Marketing partners", "Research companies", "Fraud-prevention and 3-D Secure partner", "Google Analytics / DoubleClick" } },
        { "Shipping address", "Sold to Marketing partners", new[] { "Marketing partners", "Research companies", "Fraud-prevention and 3-D Secure partner" } },
        { "Telephone / cell number", "**not stated**", new[] { "Credit reference agencies", "Card clearing agencies", "Fraud-prevention and 3-D Secure partner" } },
        { "Credit card details", "No", new[] { "Credit reference agencies", "Card clearing agencies" } },
        { "IP address", "No", new[] { "Site-usage and advertising analytics companies" } },
        { "Photographs", "No", new[] { "Hosts of WeChat, Amazon and other third-party activities" } },
        // "We do not disclose this data to third parties" — but the whole order carries it to order processing in China
        // (the company's own systems, no recipient): the map says where it goes, never "Not disclosed" (issue 14).
        { "Social media username", "No", new[] { "the code sends it to a destination in CN" } },
    };

    [Theory]
    [MemberData(nameof(ItemRows))]
    public void ItemRow_SaysWhatThePolicySays(string item, string sale, string[] disclosedTo)
    {
        var row = CommittedMap.Rows(Sample, "Items").Single(r => r[0] == item);
        Assert.Equal(sale, row[CommittedMap.Column(Sample, "Items", "Sold / shared")]);
        // The declared recipients, as the notice words them; what the code also reaches follows them (issue 14).
        var cell = row[CommittedMap.Column(Sample, "Items", "Disclosed to")];
        var reached = cell.IndexOf("; **the code also sends it to", StringComparison.Ordinal);
        CommittedMap.AssertExactly(disclosedTo, reached < 0 ? cell : cell.Substring(0, reached));
        Assert.DoesNotContain("Not disclosed", reached < 0 ? string.Empty : cell, StringComparison.Ordinal);
    }

    [Fact]
    public void RecipientsTheNoticeDoesNotName_AreShownNextToTheDeclaredOnes_AndAreFindings()
    {
        string Cell(string item) => CommittedMap.Rows(Sample, "Items").Single(r => r[0] == item)[CommittedMap.Column(Sample, "Items", "Disclosed to")];

        // Card details go to the fraud partner and (the holder's name) to the ad pixel; the street to the delivery company.
        Assert.Contains("**the code also sends it to Fraud-prevention and 3-D Secure partner (US) (not declared)", Cell("Credit card details"), StringComparison.Ordinal);
        Assert.Contains("Google Analytics / DoubleClick (IE) (not declared)", Cell("Credit card details: card holder name"), StringComparison.Ordinal);
        Assert.Contains("**the code also sends it to Delivery companies (US) (not declared)", Cell("Shipping address"), StringComparison.Ordinal);

        var findings = CommittedMap.Rows(Sample, "Findings");
        Assert.Contains(findings, r => r[0] == "PII0401" && r[2] == "SavedCard.CardNumber" && r[5] == "FraudShieldClient.VerifyAsync");
        Assert.Contains(findings, r => r[0] == "PII0402" && r[2] == "SavedCard.CardNumber" && r[5] == "FraudShieldClient.VerifyAsync");
        Assert.Contains(findings, r => r[0] == "PII0401" && r[2] == "ShippingAddress.Street" && r[5] == "DeliveryClient.CreateShipmentAsync");
        Assert.Contains(findings, r => r[0] == "PII0403" && r[2] == "SavedCard.HolderName" && r[5] == "CheckoutService.CheckoutAsync");
        Assert.Contains(findings, r => r[0] == "PII0302" && r[2] == "SavedCard.HolderName");
    }

    [Fact]
    public void Items_AreTheNoticesItems()
    {
        // The per-item sections, plus what section I says is collected (billing address, optional demographic
        // information) and the influencer paragraph (children in images, clothing size).
        var items = CommittedMap.Rows(Sample, "Items").Select(r => r[0]).ToList();
        Assert.All(ItemRows().Select(r => (string)r[0]), item => Assert.Contains(item, items));
        Assert.All(new[] { "Billing address", "Demographic information", "Children in influencer images", "Clothing size" }, item => Assert.Contains(item, items));
    }

    [Fact]
    public void InventedFacts_AreAbsent()
    {
        var map = Map;
        foreach (var invented in new[] { "P3Y", "3 years", "P13M", "13 months", "P2Y", "2 years", "Explicit consent", "Legitimate interests", "Consent, Contract" })
        {
            Assert.DoesNotContain(invented, map, StringComparison.Ordinal);
        }

        // A US notice states no legal basis, except "contractual performance" for influencers' images.
        var legalBasis = CommittedMap.Column(Sample, "Items", "Legal basis");
        Assert.All(CommittedMap.Rows(Sample, "Items").Where(r => r[0] != "Children in influencer images"), r => Assert.Equal("**not stated**", r[legalBasis]));
        Assert.Equal("Contract", CommittedMap.Rows(Sample, "Items").Single(r => r[0] == "Children in influencer images")[legalBasis]);

        // Retention is stated for card details only.
        var retention = CommittedMap.Column(Sample, "Items", "Retention");
        Assert.All(CommittedMap.Rows(Sample, "Items").Where(r => !r[0].StartsWith("Credit card details", StringComparison.Ordinal)), r => Assert.Equal("**not stated**", r[retention]));
        Assert.Equal("Stored securely for one year, to allow refunds under the Refund Policy (P1Y)", CommittedMap.Rows(Sample, "Items").Single(r => r[0] == "Credit card details")[retention]);

        // No transfer safeguard is stated for China: none is declared.
        Assert.Contains("No transfer routes declared.", map, StringComparison.Ordinal);
    }

    [Fact]
    public void Ccpa_CarriesEveryFactOfTheNotice()
    {
        var map = Map;
        Assert.Contains("| Applies to | Residents of California; extended to customers from all states |", map, StringComparison.Ordinal);
        Assert.Contains("| Response time | Within 30 days of receipt; up to 90 days, with the reason and the extension |", map, StringComparison.Ordinal);
        Assert.Contains("| Request limit | Up to two times within a 12-month period, without charge |", map, StringComparison.Ordinal);
        Assert.Contains("| Opt-out of sale valid for | 12 months, after which we may ask you to authorise the sale again |", map, StringComparison.Ordinal);
        Assert.Contains("Non-discrimination", map, StringComparison.Ordinal);
        Assert.Contains("| Verification | Password-protected accounts: password authentication", map, StringComparison.Ordinal);
        Assert.Contains("Children: We do not knowingly collect personal information from a child under 16", map, StringComparison.Ordinal);
        Assert.Contains("(minimum age 16)", map, StringComparison.Ordinal);
        Assert.Contains("Personal information sold: yes.", map, StringComparison.Ordinal);
        Assert.Contains("Categories of sources: Cookies and web beacons on the website, Third-party marketing partners, You.", map, StringComparison.Ordinal);

        // Statutory categories: identifiers sold to marketing partners; phone and card numbers under §1798.80(e); photographs as sensory data.
        var ccpa = CommittedMap.Rows(Sample, "CCPA disclosures");
        var identifiers = ccpa.Single(r => r[0] == "A. Identifiers");
        Assert.Equal("Marketing partners", identifiers[2]);
        Assert.Contains("Name", identifiers[1].Split(", "));
        Assert.Contains("IP address", identifiers[1].Split(", "));
        var records = ccpa.Single(r => r[0].StartsWith("B. ", StringComparison.Ordinal));
        Assert.Contains("Telephone / cell number", records[1].Split(", "));
        Assert.Contains("Credit card details", records[1].Split(", "));
        Assert.Equal("Not sold", records[2]);
        Assert.Contains(ccpa, r => r[0] == "H. Sensory data" && r[1] == "Photographs");
    }

    [Fact]
    public void Record_CarriesControllerStorageAndSecurity()
    {
        var map = Map;
        Assert.Contains("| Controller | DP DREAM PAIRS INC | 9500 Railroad Ave, North Bergen, NJ 07047 |  | +1 609-831-4566 |", map, StringComparison.Ordinal);
        Assert.Contains("| Privacy contact | Privacy Officer, DP DREAM PAIRS INC |", map, StringComparison.Ordinal);
        var storage = CommittedMap.Rows(Sample, "Storage and transfers");
        Assert.Contains(storage, r => r.Length >= 2 && r[0] == "Web servers and internal systems" && r[1] == "CN");
        Assert.Contains("orders are processed in and shipped from the U.S. and China", map, StringComparison.Ordinal);
        Assert.Contains("- Encryption of personal information by the IT department\n", map, StringComparison.Ordinal);
        Assert.Contains("- Secure server technology; personal information is stored on secure servers\n", map, StringComparison.Ordinal);

        // Data subjects are people the notice names, never class names.
        var subjects = CommittedMap.Rows(Sample, "Record of processing activities (GDPR Art. 30)").SelectMany(r => r[2].Split(", ")).Distinct().ToList();
        Assert.All(subjects, s => Assert.Contains(s, new[] { "Customers", "Website visitors", "Research participants", "Influencers", "Children of influencers in paid partnerships" }));
    }
}
