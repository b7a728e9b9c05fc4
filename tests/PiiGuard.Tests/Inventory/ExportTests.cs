using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;
using PiiGuard.Tasks;
using Xunit;
using YamlDotNet.RepresentationModel;
using static PiiGuard.Tests.Inventory.InventoryTestHelper;

namespace PiiGuard.Tests.Inventory;

/// <summary>
/// The CSV sheets and the fides manifest, computed from the generator's real JSON and read back with real readers
/// (CsvHelper, YamlDotNet): hostile declared text comes back exactly, and never becomes a formula or YAML structure.
/// </summary>
public sealed class ExportTests
{
    private const string Hostile = "Line one\nline \"two\", with commas; and: colons # not a comment\r\n- not a list\tend \u2028 \u0085";

    private static string Source(string description) => $$"""
        using PiiGuard;
        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiTransfer("US", TransferMechanism.StandardContractualClauses)]
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery | Purpose.Marketing, Description = {{Literal(description)}},
                 Retention = "P1Y", RetentionFrom = "last order", LegalBasis = LegalBasis.Contract, Sold = true,
                 DisclosedTo = new[] { "=HYPERLINK(\"https://evil.example\")", "Mail house" }, DataSubject = "Customers")]
            [PiiAccess("Support", PiiOperation.Access | PiiOperation.Edit)]
            public string Email { get; set; } = "";

            [Pii(Category.Name)]
            public string Name { get; set; } = "";
        }

        public class Visitor
        {
            [Pii(Category.IpAddress, Purpose = Purpose.Analytics, Retention = "P13M", LegalBasis = LegalBasis.LegitimateInterests, DataSubject = "Website visitors")]
            public string Ip { get; set; } = "";
        }
        """;

    private static InventoryExports.DataMap Map(string description = Hostile) =>
        InventoryExports.Parse(Run(Compile(new[] { ("Customer.cs", Source(description)) })).Json);

    [Fact]
    public void ItemsCsv_ParsesWithCsvHelper_OneRowPerItem_TextRoundTrips()
    {
        var rows = ReadCsv(InventoryExports.ItemsCsv(Map()));
        Assert.Equal(InventoryExports.ItemColumns, rows[0]);
        Assert.Equal(4, rows.Count);
        var email = rows.Single(r => r[16] == "Customer.Email");
        var columns = InventoryExports.ItemColumns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        Assert.Equal(Hostile, email[columns["Description"]]);
        Assert.Equal("Service delivery; Marketing", email[columns["Purposes"]]);
        Assert.Equal("Contract", email[columns["Legal basis"]]);
        Assert.Equal("yes", email[columns["Sold"]]);
        Assert.Equal("P1Y", email[columns["Retention"]]);
        Assert.Equal("last order", email[columns["Retention from"]]);
        Assert.Equal("Customers", email[columns["Data subject"]]);
        Assert.Equal("Support: Access, Edit", email[columns["Access"]]);
        Assert.Equal("user.contact", email[columns["fides data category"]]);

        // A recipient that starts like a formula is kept as text, never run by a spreadsheet.
        Assert.Equal("'=HYPERLINK(\"https://evil.example\"); Mail house", email[columns["Disclosed to"]]);

        // Undeclared facts are said, not invented.
        var name = rows.Single(r => r[16] == "Customer.Name");
        Assert.Equal(string.Empty, name[columns["Purposes"]]);
        Assert.Equal("not stated", name[columns["Data subject"]]);
    }

    [Fact]
    public void ActivitiesCsv_ParsesWithCsvHelper_OneRowPerPurpose_PlusUndeclared()
    {
        var rows = ReadCsv(InventoryExports.ActivitiesCsv(Map()));
        Assert.Equal(InventoryExports.ActivityColumns, rows[0]);
        Assert.Equal(new[] { "Analytics", "Marketing", "Service delivery", "Purpose not stated" }, rows.Skip(1).Select(r => r[0]));
        var analytics = rows[1];
        Assert.Equal("analytics.reporting", analytics[1]);
        Assert.Equal("Website visitors", analytics[2]);
        Assert.Equal("Legitimate interests", analytics[5]);
        Assert.Equal("None declared", analytics[6]);
        Assert.Equal("US (Standard contractual clauses)", analytics[7]);
        Assert.Equal("Ip: P13M", analytics[8]);
        var marketing = rows[2];
        Assert.Equal("Customers", marketing[2]);
        Assert.Equal("'=HYPERLINK(\"https://evil.example\"); Mail house", marketing[6]);
        Assert.Equal("Email: P1Y after last order", marketing[8]);
        Assert.Equal("not stated", rows[4][8].Split(": ")[1]);
    }

    [Fact]
    public void FidesYaml_ParsesWithYamlDotNet_DatasetSystemAndSubjects()
    {
        var yaml = InventoryExports.FidesYaml(Map());
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        Assert.Equal(new[] { "dataset", "system", "data_subject" }, root.Children.Keys.Select(k => ((YamlScalarNode)k).Value));

        var dataset = (YamlMappingNode)((YamlSequenceNode)root["dataset"]).Single();
        Assert.Equal("shop", Scalar(dataset, "fides_key"));
        var collections = ((YamlSequenceNode)dataset["collections"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal(new[] { "Customer", "Visitor" }, collections.Select(c => Scalar(c, "name")));
        var email = ((YamlSequenceNode)collections[0]["fields"]).Cast<YamlMappingNode>().Single(f => Scalar(f, "name") == "Email");
        Assert.Equal(Hostile, Scalar(email, "description"));
        Assert.Equal(new[] { "user.contact" }, ((YamlSequenceNode)email["data_categories"]).Select(n => ((YamlScalarNode)n).Value));

        var system = (YamlMappingNode)((YamlSequenceNode)root["system"]).Single();
        var declarations = ((YamlSequenceNode)system["privacy_declarations"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal(new[] { "analytics.reporting", "marketing.communications", "essential.service" }, declarations.Select(d => Scalar(d, "data_use")));
        Assert.Equal(new[] { "customers" }, ((YamlSequenceNode)declarations[1]["data_subjects"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal(new[] { "shop" }, ((YamlSequenceNode)declarations[1]["dataset_references"]).Select(n => ((YamlScalarNode)n).Value));

        // Subjects outside fideslang's default taxonomy are defined in the manifest, so it loads on its own.
        var subjects = ((YamlSequenceNode)root["data_subject"]).Cast<YamlMappingNode>().ToDictionary(s => Scalar(s, "fides_key"), s => Scalar(s, "name"));
        Assert.Equal(new Dictionary<string, string> { ["customers"] = "Customers", ["website_visitors"] = "Website visitors" }, subjects);
    }

    [Fact]
    public void Exports_AreDeterministic_AndHoldNoLoneSurrogate()
    {
        var first = Map("Half a pair: \ud800 and a whole one: \ud83d\ude00");
        var second = Map("Half a pair: \ud800 and a whole one: \ud83d\ude00");
        foreach (var export in new Func<InventoryExports.DataMap, string>[] { InventoryExports.ItemsCsv, InventoryExports.ActivitiesCsv, InventoryExports.FidesYaml })
        {
            var text = export(first);
            Assert.Equal(text, export(second));
            var bytes = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(text);
            Assert.DoesNotContain("\ufffd", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }

        var description = ReadCsv(InventoryExports.ItemsCsv(first))[1][2];
        Assert.Equal("Half a pair: \\uD800 and a whole one: \ud83d\ude00", description);
    }

    [Fact]
    public void Parse_UnknownSchemaVersion_IsAFormatErrorNotACrash()
    {
        var e = Assert.Throws<FormatException>(() => InventoryExports.Parse("{\"schemaVersion\": 99, \"items\": []}"));
        Assert.Contains("schemaVersion 99", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => InventoryExports.Parse("{ not json"));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("plain, \"quoted\"", "plain, \"quoted\"")]
    public void Csv_NeutralisesFormulas_AndQuotes(string cell, string expected)
    {
        var rows = ReadCsv(InventoryExports.Csv(new[] { new[] { "h" }, new[] { cell } }));
        Assert.Equal(expected, rows[1][0]);
    }

    /// <summary>A C# literal with every character outside printable ASCII escaped (test sources stay plain ASCII).</summary>
    internal static string Literal(string text) =>
        "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture))) + "\"";

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static List<string[]> ReadCsv(string text)
    {
        // The sheets start with a byte-order mark (for spreadsheets); the reader gets the text after it.
        Assert.StartsWith("\ufeff", text, StringComparison.Ordinal);
        using var csv = CsvReader.FromText(text.Substring(1), new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true, TrimWhitespace = false });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray());
        }

        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        return rows;
    }
}
