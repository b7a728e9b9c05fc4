using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using PiiGuard.Analyzers.Baseline;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Analyzers.Model;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Conventions;

/// <summary>The names shared by the package's MSBuild files, the analyzers and the task cannot drift apart.</summary>
public sealed class BuildContractTests
{
    [Fact]
    public void Props_MakeExactlyTheAnalyzersPropertiesVisible()
    {
        var props = XDocument.Load(RepoPaths.Combine("src", "PiiGuard", "build", "PiiGuard.props"));
        var visible = props.Descendants("CompilerVisibleProperty").Select(e => (string)e.Attribute("Include")!).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(BuildProperties.All.OrderBy(n => n, StringComparer.Ordinal), visible);
        Assert.DoesNotContain("DesignTimeBuild", visible);
    }

    [Fact]
    public void Task_ReadsTheMapFromTheDiagnosticTheAnalyzerReports()
    {
        Assert.Equal(DiagnosticIds.DataMap, PiiGuard.Tasks.SarifLog.DataMapRuleId);
        Assert.Contains(DiagnosticDescriptors.DataMap, new PiiFlowAnalyzer().SupportedDiagnostics);
        Assert.Contains(WellKnownDiagnosticTags.NotConfigurable, DiagnosticDescriptors.DataMap.CustomTags);
        Assert.False(BaselineKey.IsBaselined(DiagnosticIds.DataMap));
    }

    [Fact]
    public void Envelope_RoundTripsHostileText()
    {
        const string markdown = "# Map\n*/ \u2028 \u0085 \r\n `code` \\ <!-- -->";
        const string json = "{\"a\":\"\\u2028\"}";
        var (readMarkdown, readJson) = DataMapEnvelope.Decode(DataMapEnvelope.Encode(markdown, json).Split('\n'));
        Assert.Equal(markdown, readMarkdown);
        Assert.Equal(json, readJson);
        Assert.All(DataMapEnvelope.Encode(markdown, json).Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("//", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Envelope_IsCompressed_AndDamageIsAFormatError()
    {
        // A map's rows repeat their words: the envelope the compiler holds and logs is a fraction of the documents.
        var rows = new System.Text.StringBuilder("# Data map\n");
        for (var i = 0; i < 20_000; i++)
        {
            rows.Append("| Customer.Email").Append(i).Append(" | Contact | Account, Billing | Not disclosed | EU |\n");
        }

        var markdown = rows.ToString();
        var envelope = DataMapEnvelope.Encode(markdown, "{}");
        Assert.True(envelope.Length * 5 < markdown.Length, $"envelope {envelope.Length} chars for {markdown.Length}");
        Assert.Equal(markdown, DataMapEnvelope.Decode(envelope.Split('\n')).Markdown);
        Assert.Equal((string.Empty, string.Empty), DataMapEnvelope.Decode(DataMapEnvelope.Encode(string.Empty, string.Empty).Split('\n')));

        // Valid base64 that is not a compressed document, and a document cut short, are reported, not thrown as something else.
        Assert.Throws<FormatException>(() => DataMapEnvelope.Decode(new[] { DataMapEnvelope.MarkdownPrefix + Convert.ToBase64String(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }) }));
        var lines = envelope.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var cut = lines.Where(l => l.StartsWith(DataMapEnvelope.MarkdownPrefix, StringComparison.Ordinal)).Take(3).ToArray();
        Assert.Throws<FormatException>(() => DataMapEnvelope.Decode(cut));
    }

    [Theory]
    [InlineData(8191)]
    [InlineData(8192)]
    [InlineData(16383)]
    public void Envelope_LongDocuments_KeepPairsWhole_AndShowLoneSurrogates(int pairAt)
    {
        // The envelope compresses a document in pieces straight from the builder it was rendered into: a surrogate pair
        // that straddles a piece's end stays one character; lone halves, anywhere, are written as \uXXXX.
        var random = new Random(7);
        var text = new System.Text.StringBuilder();
        while (text.Length < pairAt)
        {
            text.Append((char)random.Next('a', 'z' + 1));
        }

        text.Length = pairAt;
        text.Append("\ud83d\ude00").Append(" lone \udc00 ");
        while (text.Length < 30_000)
        {
            text.Append((char)random.Next('a', 'z' + 1));
        }

        text.Append('\ud800');
        var written = text.ToString();
        var expected = written.Replace(" lone \udc00 ", " lone \\uDC00 ", StringComparison.Ordinal)[..^1] + "\\uD800";

        var envelope = DataMapEnvelope.Encode(() => new System.Text.StringBuilder(written), () => new System.Text.StringBuilder("{}"));
        var lines = envelope.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Count(l => l.StartsWith(DataMapEnvelope.MarkdownPrefix, StringComparison.Ordinal)) > 100, "random text does not compress: many lines");
        Assert.All(lines, line => Assert.True(line.Length <= DataMapEnvelope.JsonPrefix.Length + 120, line));
        Assert.Equal(expected, DataMapEnvelope.Decode(lines).Markdown);
        Assert.Equal(envelope, DataMapEnvelope.Encode(written, "{}"));
    }
}

/// <summary>The attribute argument names the analyzers, generator and code fixes use are the attributes' real properties.</summary>
public sealed class AttributeNameContractTests
{
    [Fact]
    public void EveryAttributeName_IsAPropertyOfItsAttribute()
    {
        var groups = typeof(AttributeNames).GetNestedTypes(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public);
        Assert.NotEmpty(groups);
        foreach (var group in groups)
        {
            var attribute = typeof(PiiGuard.PiiAttribute).Assembly.GetType($"PiiGuard.{group.Name}Attribute");
            Assert.True(attribute is not null, $"no attribute PiiGuard.{group.Name}Attribute for AttributeNames.{group.Name}");
            var names = group.GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
            Assert.NotEmpty(names);
            Assert.All(names, name => Assert.True(attribute!.GetProperty(name) is { CanWrite: true }, $"{attribute!.Name} has no settable property '{name}'"));
        }
    }

    [Fact]
    public void DeclaredSinkKind_MirrorsThePublicEnum()
    {
        Assert.Equal(
            System.Enum.GetValues<PiiGuard.PiiSinkKind>().Select(v => (v.ToString(), (int)v)),
            System.Enum.GetValues<DeclaredSinkKind>().Select(v => (v.ToString(), (int)v)));
    }
}
