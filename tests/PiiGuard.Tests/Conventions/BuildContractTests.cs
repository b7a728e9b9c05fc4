using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
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
    public void Targets_ReadTheGeneratedMapWhereTheGeneratorWritesIt()
    {
        var targets = File.ReadAllText(RepoPaths.Combine("src", "PiiGuard", "build", "PiiGuard.targets"));
        var folders = DataMapEnvelope.GeneratorFolder.Split('/');
        Assert.Equal(typeof(InventoryGenerator).Assembly.GetName().Name, folders[0]);
        Assert.Equal(typeof(InventoryGenerator).FullName, folders[1]);
        Assert.Contains($"'{folders[0]}', '{folders[1]}', '{DataMapEnvelope.HintName}'", targets, StringComparison.Ordinal);
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
}
