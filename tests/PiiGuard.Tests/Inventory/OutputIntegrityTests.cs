using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Tasks;
using Xunit;
using static PiiGuard.Tests.Inventory.InventoryTestHelper;

namespace PiiGuard.Tests.Inventory;

/// <summary>
/// Issue 15's output-integrity findings: declared text cannot become Markdown markup (checked with a real CommonMark +
/// GitHub-extensions parser), cannot leave a generated <c>//</c> comment, and lone surrogates stay visible instead of
/// turning into U+FFFD; the files are written only where they belong.
/// </summary>
public sealed class OutputIntegrityTests
{
    // One declaration's attempts at links, images, emphasis, code, HTML and autolinks; the backslashes are the ones
    // that re-enabled markup before (an unescaped \ before the map's own \[ escape).
    private const string Hostile =
        "\\[one](https://evil.example/1) \\\\[two](https://evil.example/2) [three][r] ![img](https://evil.example/i.png) " +
        "\\*not bold\\* **bold** _it_ ~~strike~~ `code` <b>html</b> <https://evil.example/4> https://evil.example/5 " +
        "www.evil.example mail@evil.example a\\|b \\ end\n[r]: https://evil.example/3";

    private static readonly MarkdownPipeline GitHub = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Fact]
    public void HostileText_InMarkdownCells_RendersAsTheTextItself_NoLinkOrMarkup()
    {
        var result = Run(Compile(new[] { ("Evil.cs", $$"""
            using PiiGuard;
            [assembly: PiiHomeRegion("EU")]
            public class Evil
            {
                [Pii(Category.Contact, Purpose = Purpose.Account, Description = {{ExportTests.Literal(Hostile)}},
                     DisclosedTo = new[] { {{ExportTests.Literal(Hostile)}} }, Retention = "P1Y", LegalBasis = LegalBasis.Contract, Item = "Mail")]
                public string Email { get; set; } = "";
            }
            """) }));

        var document = Markdown.Parse(result.Markdown, GitHub);
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.Empty(document.Descendants<AutolinkInline>());
        Assert.Empty(document.Descendants<LinkReferenceDefinition>());

        var items = document.Descendants<Table>().Single(t => Text((TableCell)((TableRow)t[0])[0]) == "Item");
        var row = (TableRow)items.Skip(1).Single();
        var description = (TableCell)row[2];
        var disclosedTo = (TableCell)row[5];
        foreach (var cell in new[] { description, disclosedTo })
        {
            Assert.Empty(cell.Descendants<EmphasisInline>());
            Assert.Empty(cell.Descendants<CodeInline>());
            Assert.All(cell.Descendants<HtmlInline>(), html => Assert.Equal("<br>", html.Tag));
            Assert.Equal(Hostile, Text(cell));
        }
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void LineSeparatorInAssemblyName_StaysInsideTheGeneratedComment(string separator)
    {
        var compilation = Compile(new[] { ("Customer.cs", """
            using PiiGuard;
            public class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.Account)]
                public string Email { get; set; } = "";
            }
            """) }).WithAssemblyName("Shop" + separator + "public class Injected { }");

        // Run asserts the generated code compiles; the injected text must not have become a type.
        var result = Run(compilation);
        var tree = CSharpSyntaxTree.ParseText(result.Api, (CSharpParseOptions)compilation.SyntaxTrees.First().Options);
        Assert.DoesNotContain(tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>(), c => c.Identifier.Text == "Injected");
        Assert.DoesNotContain(separator, result.Api, StringComparison.Ordinal);
        Assert.Contains("Shop\\u" + ((int)separator[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture), result.Api, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogates_AreWrittenVisibly_NeverAsReplacementCharacters()
    {
        var result = Run(Compile(new[] { ("Customer.cs", $$"""
            using PiiGuard;
            public class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.Account, Description = {{ExportTests.Literal("high \ud800 low \udc00 pair \ud83d\ude00")}})]
                public string Email { get; set; } = "";
            }
            """) }));

        const string visible = "high \\uD800 low \\uDC00 pair \ud83d\ude00";
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var document in new[] { result.Markdown, result.Json, result.Api })
        {
            Assert.DoesNotContain("\ufffd", document, StringComparison.Ordinal);
            strict.GetBytes(document);
        }

        Assert.Contains(visible.Replace("\\", "\\\\", StringComparison.Ordinal), result.Markdown, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(result.Json))
        {
            Assert.Equal(visible, json.RootElement.GetProperty("items")[0].GetProperty("description").GetString());
        }

        // The run-time API keeps the declared string exactly, through escapes in its item data (its length, then the text;
        // GeneratedApiCompatibilityTests decodes it at run time).
        Assert.Contains("20;high \\ud800 low \\udc00 pair \\ud83d\\ude00", result.Api, StringComparison.Ordinal);

        // The envelope itself never loses a lone surrogate either.
        var (markdown, _) = DataMapEnvelope.Decode(DataMapEnvelope.Encode("x \ud800", "{}").Split('\n'));
        Assert.Equal("x \\uD800", markdown);
    }

    [Fact]
    public void Collision_MarkdownPathEndingInJson_IsPIIG001()
    {
        var problem = OutputFiles.Collision(new[] { ("PiiGuardDataMapPath", "/p/docs/map.json"), ("PiiGuardDataMapJsonPath", "/p/docs/map.json") });
        Assert.Equal("PIIG001", problem!.Code);
        Assert.Contains("PiiGuardDataMapPath and PiiGuardDataMapJsonPath are the same file", problem.Message, StringComparison.Ordinal);
        Assert.Null(OutputFiles.Collision(new[] { ("PiiGuardDataMapPath", "/p/docs/map.md"), ("PiiGuardDataMapJsonPath", "/p/docs/map.json") }));
    }

    [Fact]
    public void Write_ForeignFile_IsNotOverwritten_OwnFileIs_UnchangedKeepsItsTimestamp()
    {
        var folder = Directory.CreateTempSubdirectory("piiguard-out").FullName;
        try
        {
            var path = Path.Combine(folder, "data-map.json");
            File.WriteAllText(path, "{ \"mine\": true }");
            var problem = OutputFiles.Write("PiiGuardDataMapJsonPath", path, Encoding.UTF8.GetBytes("{ \"generator\": \"PiiGuard\" }"), OutputFiles.NamesPiiGuard, out var changed);
            Assert.Equal("PIIG002", problem!.Code);
            Assert.False(changed);
            Assert.Equal("{ \"mine\": true }", File.ReadAllText(path));

            File.WriteAllText(path, "{ \"generator\": \"PiiGuard\", \"old\": 1 }");
            Assert.Null(OutputFiles.Write("PiiGuardDataMapJsonPath", path, Encoding.UTF8.GetBytes("{ \"generator\": \"PiiGuard\" }"), OutputFiles.NamesPiiGuard, out changed));
            Assert.True(changed);
            var stamp = File.GetLastWriteTimeUtc(path);
            File.SetLastWriteTimeUtc(path, stamp.AddHours(-1));
            Assert.Null(OutputFiles.Write("PiiGuardDataMapJsonPath", path, Encoding.UTF8.GetBytes("{ \"generator\": \"PiiGuard\" }"), OutputFiles.NamesPiiGuard, out changed));
            Assert.False(changed);
            Assert.Equal(stamp.AddHours(-1), File.GetLastWriteTimeUtc(path));

            // A sheet is recognised by its header row.
            var csv = Path.Combine(folder, "data-map.items.csv");
            File.WriteAllText(csv, "\ufeff\"Item\",\"Data category\",\"Old\"\r\n");
            Assert.Null(OutputFiles.Write("PiiGuardDataMapItemsCsvPath", csv, Encoding.UTF8.GetBytes("x"), OutputFiles.StartsWithHeader(InventoryExports.ItemColumns), out _));
            File.WriteAllText(csv, "Name,Budget\r\n");
            Assert.Equal("PIIG002", OutputFiles.Write("PiiGuardDataMapItemsCsvPath", csv, Encoding.UTF8.GetBytes("x"), OutputFiles.StartsWithHeader(InventoryExports.ItemColumns), out _)!.Code);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_FolderOrParentFile_IsAnErrorCode_NotAnException()
    {
        var folder = Directory.CreateTempSubdirectory("piiguard-out").FullName;
        try
        {
            Assert.Equal("PIIG003", OutputFiles.Write("PiiGuardDataMapPath", folder, new byte[] { 1 }, OutputFiles.NamesPiiGuard, out _)!.Code);

            var file = Path.Combine(folder, "file");
            File.WriteAllText(file, "x");
            var problem = OutputFiles.Write("PiiGuardDataMapPath", Path.Combine(file, "sub", "data-map.md"), new byte[] { 1 }, OutputFiles.NamesPiiGuard, out _);
            Assert.Equal("PIIG004", problem!.Code);
            Assert.Contains(file + " is a file", problem.Message, StringComparison.Ordinal);

            Assert.Equal("PIIG006", OutputFiles.Resolve("PiiGuardDataMapPath", "bad\0path.md", folder, out _)!.Code);

            // A missing folder is created.
            Assert.Null(OutputFiles.Write("PiiGuardDataMapPath", Path.Combine(folder, "new", "data-map.md"), new byte[] { 1 }, OutputFiles.NamesPiiGuard, out var changed));
            Assert.True(changed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_UnwritableLocation_IsPIIG004OrPIIG005()
    {
        // /proc does not accept new files, even for root; elsewhere a read-only file stands in.
        var target = OperatingSystem.IsLinux() ? "/proc/piiguard-data-map.md" : Path.Combine(Path.GetTempPath(), "piiguard-readonly-" + Guid.NewGuid().ToString("N") + ".md");
        if (!OperatingSystem.IsLinux())
        {
            File.WriteAllText(target, "PiiGuard");
            File.SetAttributes(target, FileAttributes.ReadOnly);
        }

        try
        {
            var problem = OutputFiles.Write("PiiGuardDataMapPath", target, new byte[] { 1 }, OutputFiles.NamesPiiGuard, out _);
            Assert.NotNull(problem);
            Assert.Contains(problem!.Code, new[] { "PIIG004", "PIIG005" });
            Assert.StartsWith("PiiGuard: cannot write PiiGuardDataMapPath to " + target, problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (!OperatingSystem.IsLinux())
            {
                File.SetAttributes(target, FileAttributes.Normal);
                File.Delete(target);
            }
        }
    }

    [Fact]
    public void SarifLog_ReadsBothVersions_LevelsAndSuppressions()
    {
        var folder = Directory.CreateTempSubdirectory("piiguard-sarif").FullName;
        try
        {
            var v21 = Path.Combine(folder, "a.sarif");
            File.WriteAllText(v21, """
                { "version": "2.1.0", "runs": [ { "results": [
                  { "ruleId": "PII0101", "level": "warning", "message": { "text": "m" }, "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///p/A.cs" }, "region": { "startLine": 3 } } } ] },
                  { "ruleId": "PII0008", "level": "note", "message": { "text": "n" } },
                  { "ruleId": "PII0102", "message": { "text": "s" }, "suppressions": [ { "kind": "external" } ] } ] } ] }
                """);
            var results = SarifLog.Read(v21).ToList();
            Assert.Equal(new[] { "warning", "note", "warning" }, results.Select(r => r.Level));
            Assert.Equal(new[] { false, false, true }, results.Select(r => r.Suppressed));
            Assert.Equal(3, results[0].Line);

            var v10 = Path.Combine(folder, "b.sarif");
            File.WriteAllText(v10, """
                { "version": "1.0.0", "runs": [ { "results": [
                  { "ruleId": "PII0101", "level": "warning", "message": "m", "locations": [ { "resultFile": { "uri": "file:///p/A.cs", "region": { "startLine": 7 } } } ] } ] } ] }
                """);
            var old = SarifLog.Read(v10).Single();
            Assert.Equal(("PII0101", 7, "m"), (old.RuleId, old.Line, old.Message));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void SarifLog_ReadsTheDataMapPropertyOfBothVersions()
    {
        // The envelope as PII0990 carries it, hostile text included; JSON-escaped as the compiler's log writers escape it.
        var envelope = PiiGuard.Analyzers.Inventory.DataMapEnvelope.Encode("# Map \u2028 \" \\ */", "{\"a\":1}");
        var escaped = System.Text.Json.JsonSerializer.Serialize(envelope);
        var folder = Directory.CreateTempSubdirectory("piiguard-sarif").FullName;
        try
        {
            foreach (var (name, log) in new[]
            {
                ("v21.sarif", "{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [ { \"ruleId\": \"PII0990\", \"level\": \"note\", \"message\": { \"text\": \"m\" }, \"properties\": { \"warningLevel\": 1, \"customProperties\": { \"PiiGuardDataMap\": " + escaped + " } } } ] } ] }"),
                ("v10.sarif", "{ \"version\": \"1.0.0\", \"runs\": [ { \"results\": [ { \"ruleId\": \"PII0990\", \"level\": \"note\", \"message\": \"m\", \"properties\": { \"warningLevel\": 1, \"customProperties\": { \"PiiGuardDataMap\": " + escaped + " } } } ] } ] }"),
            })
            {
                var path = Path.Combine(folder, name);
                File.WriteAllText(path, log);
                var result = Assert.Single(SarifLog.Read(path));
                Assert.Equal(SarifLog.DataMapRuleId, result.RuleId);
                Assert.Equal(envelope, result.Property(PiiGuard.Analyzers.Inventory.DataMapEnvelope.Property));
                Assert.Null(result.Property("Other"));
                var (markdown, json) = PiiGuard.Analyzers.Inventory.DataMapEnvelope.Decode(result.Property(PiiGuard.Analyzers.Inventory.DataMapEnvelope.Property)!.Split('\n'));
                Assert.Equal("# Map \u2028 \" \\ */", markdown);
                Assert.Equal("{\"a\":1}", json);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // A cell's text as a reader sees it: literals, decoded entities, <br> as a line break.
    private static string Text(TableCell cell)
    {
        var text = new StringBuilder();
        foreach (var inline in cell.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case HtmlInline { Tag: "<br>" }:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
