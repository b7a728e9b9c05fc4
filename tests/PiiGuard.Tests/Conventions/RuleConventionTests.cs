using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Conventions;

/// <summary>Every diagnostic has its ID constant, docs page, help link, release-tracking line and README row.</summary>
public sealed class RuleConventionTests
{
    private static readonly Assembly AnalyzerAssembly = typeof(DiagnosticDescriptors).Assembly;

    public static IEnumerable<object[]> Descriptors() =>
        AllDescriptors().Select(d => new object[] { d.Id });

    internal static IReadOnlyList<DiagnosticDescriptor> AllDescriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    private static DiagnosticDescriptor Descriptor(string id) => AllDescriptors().Single(d => d.Id == id);

    [Fact]
    public void Ids_AreUniqueAndEveryConstantHasADescriptor()
    {
        var constants = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!).OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.Equal(constants, AllDescriptors().Select(d => d.Id).ToList());
        Assert.All(constants, id => Assert.Matches("^PII(00|01|02|03|04|05|06|09)[0-9]{2}$", id));
    }

    [Fact]
    public void Analyzers_AreSealedCSharpAnalyzers_AndSupportExactlyTheDescriptors()
    {
        var analyzers = AnalyzerAssembly.GetTypes().Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.NotEmpty(analyzers);
        var supported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in analyzers)
        {
            Assert.True(type.IsSealed, type.Name + " should be sealed");
            var attribute = type.GetCustomAttribute<DiagnosticAnalyzerAttribute>();
            Assert.NotNull(attribute);
            Assert.Contains(LanguageNames.CSharp, attribute!.Languages);
            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
            supported.UnionWith(analyzer.SupportedDiagnostics.Select(d => d.Id));
        }

        Assert.Equal(AllDescriptors().Select(d => d.Id).ToHashSet(), supported);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Descriptor_HasSentenceCaseTitleAndHelpLinkToItsPage(string id)
    {
        var descriptor = Descriptor(id);
        var title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(char.IsUpper(title[0]), $"{id} title should start upper-case");
        Assert.False(title.EndsWith('.'), $"{id} title should not end with a period");
        Assert.DoesNotMatch(@" [A-Z][a-z]+ [A-Z][a-z]+ [A-Z]", title);
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.StartsWith("PiiGuard.", descriptor.Category, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Descriptor_HelpLinkResolvesToDocsPageWithEverySection(string id)
    {
        var descriptor = Descriptor(id);
        var relative = descriptor.HelpLinkUri.Substring(DiagnosticDescriptors.HelpLinkBase.Length);
        var path = RepoPaths.Combine("docs", "rules", relative);
        Assert.True(File.Exists(path), $"{id}: the help link points at docs/rules/{relative}, which does not exist");
        var page = File.ReadAllText(path);
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix", "## Examples", "## Configuration", "## Suppression" })
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }

        Assert.Contains("Non-compliant", page, StringComparison.Ordinal);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Descriptor_IsTrackedInUnshippedReleases(string id)
    {
        var descriptor = Descriptor(id);
        var lines = File.ReadAllLines(RepoPaths.Combine("src", "PiiGuard.Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(RepoPaths.Combine("src", "PiiGuard.Analyzers", "AnalyzerReleases.Shipped.md")));
        Assert.Contains(lines, line => line.StartsWith($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Descriptor_HasReadmeRow(string id)
    {
        var descriptor = Descriptor(id);
        var readme = File.ReadAllLines(RepoPaths.Combine("README.md"));
        var row = readme.SingleOrDefault(line => line.StartsWith($"| [{id}](docs/rules/{id}.md) |", StringComparison.Ordinal));
        Assert.True(row is not null, $"README.md has no rule-table row for {id}");
        Assert.Contains(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), row, StringComparison.Ordinal);
        Assert.Contains(descriptor.DefaultSeverity.ToString(), row, StringComparison.Ordinal);
    }

    [Fact]
    public void DocsPages_HaveADescriptor()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToHashSet();
        foreach (var file in Directory.GetFiles(RepoPaths.Combine("docs", "rules"), "*.md"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            Assert.True(ids.Contains(name), $"docs/rules/{name}.md documents no diagnostic");
        }
    }

    [Fact]
    public void AnalyzerAssembly_ReferencesNeitherPiiGuardNorWorkspaces()
    {
        var references = AnalyzerAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("Microsoft.CodeAnalysis", references);
        Assert.DoesNotContain("PiiGuard", references);
        Assert.DoesNotContain(references, r => r.Contains("Workspaces", StringComparison.Ordinal));
        Assert.Equal("4.8.0.0", AnalyzerAssembly.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis").Version!.ToString());
    }
}
