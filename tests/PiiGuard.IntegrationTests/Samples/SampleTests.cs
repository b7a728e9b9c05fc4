using System;
using System.IO;
using System.Linq;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.IntegrationTests.Samples;

/// <summary>The samples, built from the packed package: the diagnostics they show and the data maps they write.</summary>
[Collection(PackageTestGroup.Name)]
public sealed class SampleTests
{
    private readonly SampleBuilds samples;

    public SampleTests(PackageFixture package)
    {
        samples = package.Samples;
    }

    [Theory]
    [InlineData("DreamPairsShop")]
    [InlineData("SolaxCloud")]
    public void CommittedDataMap_MatchesTheCode(string sample)
    {
        var docs = RepoPaths.Combine("samples", sample, "docs");
        Assert.True(
            File.ReadAllText(Path.Combine(docs, "data-map.md")) == samples.Markdown[sample],
            $"samples/{sample}/docs/data-map.md is out of date: run 'dotnet build samples/{sample}' and commit the result.");
        Assert.True(
            File.ReadAllText(Path.Combine(docs, "data-map.json")) == samples.Json[sample],
            $"samples/{sample}/docs/data-map.json is out of date: run 'dotnet build samples/{sample}' and commit the result.");
    }

    [Theory]
    [InlineData("DreamPairsShop")]
    [InlineData("SolaxCloud")]
    public void CommittedExports_MatchTheCode_AndParse(string sample)
    {
        var docs = RepoPaths.Combine("samples", sample, "docs");
        foreach (var export in SampleBuilds.Exports)
        {
            var committed = Path.Combine(docs, "data-map" + export);
            Assert.True(
                File.Exists(committed) && File.ReadAllText(committed) == samples.ExportText[(sample, export)],
                $"samples/{sample}/docs/data-map{export} is out of date: run 'dotnet build samples/{sample}' and commit the result.");
        }

        // Read as privacy tools read them: one items row per JSON item, one activity per declared purpose.
        var (items, activities, fides) = Package.DataMapOutputTests.ReadExports(samples.MapPath[sample]);
        using var json = System.Text.Json.JsonDocument.Parse(samples.Json[sample]);
        var jsonItems = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("Item", items[0][0]);
        Assert.Equal(jsonItems.Select(i => i.GetProperty("item").GetString()), items.Skip(1).Select(r => r[0]));
        var purposes = jsonItems.SelectMany(i => i.GetProperty("purposes").EnumerateArray().Select(p => p.GetString())).Distinct().Count();
        Assert.Equal(purposes, activities.Skip(1).Count(r => !r[0].StartsWith("Purpose not stated", StringComparison.Ordinal)));
        var dataset = (YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)fides["dataset"])[0])["collections"];
        Assert.Equal(jsonItems.Count, dataset.Sum(c => ((YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)c)["fields"]).Children.Count));
    }

    [Fact]
    public void DreamPairsShop_ProducesExactlyItsDocumentedLeaks() => Assert.Equal(
        new[]
        {
            "PII0005 Model/Customer.cs:96",          // children in influencer images, no legal basis
            "PII0103 Services/OrderService.cs:21",   // {@Order}: the social media username reaches the log
            "PII0302 Services/CheckoutService.cs:32", // card holder name in the DoubleClick conversion pixel (IE)
        },
        samples.Diagnostics["DreamPairsShop"]);

    [Fact]
    public void SolaxCloud_ProducesExactlyItsDocumentedLeaks() => Assert.Equal(
        new[]
        {
            "PII0101 Services/InstallationService.cs:11", // installer's phone in a log line
            "PII0102 Services/AccountService.cs:25",      // e-mail in an exception message
            "PII0302 Services/WeatherClient.cs:15",       // plant coordinates and time zone to the US weather provider
        },
        samples.Diagnostics["SolaxCloud"]);

    // ------------------------------------------------------------------ policy fidelity: SolaX

    private const string All4 = "Agent, Customer service, End user, Installer";
    private const string EuAgCs = "Agent, Customer service, End user";
    private const string AgInCs = "Agent, Customer service, Installer";
    private const string AgCs = "Agent, Customer service";
    private const string EuCs = "Customer service, End user";

    // The "data authority" table of ../shared/seeds/README.md, row for row: Data type, Item, Access, Edit, Delete.
    public static TheoryData<string, string, string, string, string> SolaxAuthorityRows() => new()
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
    [MemberData(nameof(SolaxAuthorityRows))]
    public void Solax_DataAuthorityRow_SaysWhatThePolicySays(string dataType, string item, string access, string edit, string delete)
    {
        var rows = MarkdownTable.Rows(samples.Markdown["SolaxCloud"], "Data authority");
        Assert.Contains(new[] { dataType, item, access, edit, delete }, rows, new RowComparer());
    }

    [Fact]
    public void Solax_DataAuthorityTable_HasNoRowThePolicyLacks()
    {
        var expected = SolaxAuthorityRows().Select(r => ((string)r[0], (string)r[1])).ToHashSet();
        var actual = MarkdownTable.Rows(samples.Markdown["SolaxCloud"], "Data authority").Select(r => (r[0], r[1])).ToHashSet();
        Assert.Equal(expected.OrderBy(x => x), actual.OrderBy(x => x));
    }

    [Fact]
    public void Solax_CategoriesRetentionStorageAndTransfers_SayWhatThePolicySays()
    {
        var markdown = samples.Markdown["SolaxCloud"];
        var categories = MarkdownTable.Rows(markdown, "Data categories").Select(r => r[0]).ToList();
        foreach (var category in new[] { "Contact information", "Account information", "Communications", "Network activity", "Device information", "Device log", "Currency type", "Time zone", "System size" })
        {
            Assert.Contains(category, categories);
        }

        // SIM recharge records are deleted automatically 6 months after the transaction.
        var sim = MarkdownTable.Rows(markdown, "Items").Single(r => r[0] == "SIM recharge record");
        Assert.Equal("6 months after the transaction (P6M)", sim[6]);

        // Stored in Frankfurt; transfers out of the EU rely on SCCs, consent or anonymisation (which is not a tool).
        Assert.Contains(new[] { "Aliyun (Alibaba Cloud) server, Frankfurt", "DE" }, MarkdownTable.Rows(markdown, "Storage and transfers"), new RowComparer());
        Assert.Contains("Home region: EU.", markdown, StringComparison.Ordinal);
        Assert.Contains("| CN | Standard contractual clauses | yes |", markdown, StringComparison.Ordinal);
        Assert.Contains("| CN | Explicit consent | yes |", markdown, StringComparison.Ordinal);
        Assert.Contains("| CN | Anonymised | no — anonymised data is no longer personal data |", markdown, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ policy fidelity: Dream Pairs

    // Item | Sold? | Disclosed to — from ../shared/seeds/README.md.
    public static TheoryData<string, string, string[]> DreamPairsRows() => new()
    {
        { "Name", "Sold", new[] { "Marketing partners", "Credit reference agencies", "Card clearing agencies", "Fraud-prevention and 3-D Secure partner", "Delivery companies", "Research companies" } },
        { "Email address", "Sold", new[] { "Marketing partners", "Research companies", "Fraud-prevention and 3-D Secure partner", "Google Analytics / DoubleClick" } },
        { "Shipping address", "Sold", new[] { "Marketing partners", "Research companies", "Fraud-prevention and 3-D Secure partner" } },
        { "Telephone / cell number", "No", new[] { "Credit reference agencies", "Card clearing agencies", "Fraud-prevention and 3-D Secure partner" } },
        { "Credit card details", "No", new[] { "Credit reference agencies", "Card clearing agencies" } },
        { "IP address", "No", new[] { "Site-usage and advertising analytics companies" } },
        { "Photographs", "No", new[] { "Hosts of WeChat, Amazon and other third-party activities" } },
        { "Social media username", "No", new[] { "Not disclosed" } },
    };

    [Theory]
    [MemberData(nameof(DreamPairsRows))]
    public void DreamPairs_ItemRow_SaysWhatThePolicySays(string item, string sold, string[] disclosedTo)
    {
        var row = MarkdownTable.Rows(samples.Markdown["DreamPairsShop"], "Items").Single(r => r[0] == item);
        Assert.Equal(sold, row[4]);
        // Recipient names may themselves contain commas: every expected name is there, and nothing else is.
        var rest = row[5];
        foreach (var recipient in disclosedTo.OrderByDescending(r => r.Length))
        {
            Assert.Contains(recipient, rest, StringComparison.Ordinal);
            rest = rest.Replace(recipient, string.Empty, StringComparison.Ordinal);
        }

        Assert.Equal(string.Empty, rest.Replace(",", string.Empty, StringComparison.Ordinal).Trim());
    }

    [Fact]
    public void DreamPairs_RetentionStorageAndProcessing_SayWhatThePolicySays()
    {
        var markdown = samples.Markdown["DreamPairsShop"];
        var card = MarkdownTable.Rows(markdown, "Items").Single(r => r[0] == "Credit card details");
        Assert.Equal("1 year after purchase, for refunds (P1Y)", card[6]);
        var storage = MarkdownTable.Rows(markdown, "Storage and transfers");
        Assert.Contains(new[] { "Web servers and internal systems", "CN" }, storage, new RowComparer());
        Assert.Contains(new[] { "Order processing and shipping", "US" }, storage, new RowComparer());
        Assert.Contains("| CN | Explicit consent | yes |", markdown, StringComparison.Ordinal);
    }

    private sealed class RowComparer : System.Collections.Generic.IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.Length <= y.Length && x.SequenceEqual(y.Take(x.Length));

        public int GetHashCode(string[] obj) => 0;
    }
}
