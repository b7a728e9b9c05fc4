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

        // Read as privacy tools read them: one items row per JSON item, one row per declared processing activity.
        var (items, activities, fides) = Package.DataMapOutputTests.ReadExports(samples.MapPath[sample]);
        using var json = System.Text.Json.JsonDocument.Parse(samples.Json[sample]);
        var jsonItems = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("Item", items[0][0]);
        Assert.Equal(jsonItems.Select(i => i.GetProperty("item").GetString()), items.Skip(1).Select(r => r[0]));
        var declaredActivities = json.RootElement.GetProperty("record").GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.NotEmpty(declaredActivities);
        Assert.Equal(declaredActivities, activities.Skip(1).Select(r => r[0]));
        var dataset = (YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)fides["dataset"])[0])["collections"];
        Assert.Equal(jsonItems.Count, dataset.Sum(c => ((YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)c)["fields"]).Children.Count));
    }

    [Fact]
    public void DreamPairsShop_ProducesExactlyItsDocumentedLeaks() => Assert.Equal(
        new[]
        {
            "PII0103 Services/OrderService.cs:21",    // {@Order}: the social media username reaches the log
            "PII0302 Services/CheckoutService.cs:27", // the order goes to China, for which the notice states no safeguard
            "PII0302 Services/CheckoutService.cs:36", // card holder name in the DoubleClick conversion pixel (IE) ...
            "PII0401 Services/CheckoutService.cs:36", // ... a recipient the notice does not name for card details,
            "PII0401 Services/Partners.cs:17",        // card number and holder name to the fraud partner (card details: agencies only)
            "PII0401 Services/Partners.cs:31",        // shipping address to the delivery company (not among its recipients)
            "PII0402 Services/CheckoutService.cs:27", // the order carries the social media username into order processing
            "PII0402 Services/CheckoutService.cs:36", // ... for advertising, not the card details' purpose (payment),
            "PII0402 Services/Partners.cs:17",        // card details used for fraud prevention, not among their purposes
            "PII0403 Services/CheckoutService.cs:36", // ... and shared for advertising although not declared shared
            "PII0502 Services/CustomerChannels.cs:27", // the checkout draft cached on the servers in China, no safeguard stated
        },
        samples.Diagnostics["DreamPairsShop"]);

    [Fact]
    public void SolaxCloud_ProducesExactlyItsDocumentedLeaks() => Assert.Equal(
        new[]
        {
            "PII0005 Model/EndUser.cs:42",                // the policy states no legal basis for passwords ...
            "PII0005 Model/Partners.cs:107",
            "PII0005 Model/Partners.cs:56",
            "PII0005 Model/Plant.cs:12",                  // ... nor for the plant's precise location
            "PII0101 Services/InstallationService.cs:11", // installer's phone in a log line
            "PII0102 Services/AccountService.cs:25",      // e-mail in an exception message
            "PII0302 Services/WeatherClient.cs:15",       // plant coordinates and time zone to the weather provider
        },
        samples.Diagnostics["SolaxCloud"]);

    // Policy fidelity (every table row and fact of both policies, and the invented facts' absence): PolicyFidelity.cs.
}
