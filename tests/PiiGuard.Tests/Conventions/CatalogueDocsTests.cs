using System;
using System.IO;
using PiiGuard.Analyzers.Sinks;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Conventions;

/// <summary>docs/catalogue.md lists every row of the sink catalogue, and every SDK preset's recipient.</summary>
public sealed class CatalogueDocsTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "catalogue.md"));

    public static TheoryData<string> Types()
    {
        var data = new TheoryData<string>();
        foreach (var entry in SinkCatalog.Entries)
        {
            data.Add(entry.TypeName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void EveryCatalogueType_IsOnTheCataloguePage(string typeName)
    {
        // Generic arity as the docs write it: DbSet`1 is DbSet<TEntity>, IProducer`2 is IProducer<TKey, TValue>.
        var tick = typeName.IndexOf('`', StringComparison.Ordinal);
        var name = tick < 0 ? typeName : typeName[..tick];
        var shortName = name[(name.LastIndexOf('.') + 1)..];
        var listed = tick < 0
            ? Page.Contains("`" + name + "`", StringComparison.Ordinal) || Page.Contains(", `" + shortName + "`", StringComparison.Ordinal)
            : Page.Contains("`" + name + "<", StringComparison.Ordinal) || Page.Contains(", `" + shortName + "<", StringComparison.Ordinal);
        Assert.True(listed, $"docs/catalogue.md does not list `{typeName}`");
    }

    [Fact]
    public void EveryPreset_NamesHowToPlaceIt()
    {
        foreach (var entry in SinkCatalog.Entries)
        {
            if (entry.Preset is { } preset)
            {
                Assert.Contains("| " + preset.Recipient + " | " + preset.Kind + " |", Page, StringComparison.Ordinal);
            }
        }
    }
}
