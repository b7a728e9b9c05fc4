using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Discovery;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Tests.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Inventory;

/// <summary>
/// In a build the flow analyzer hands the map over in a file of the build's own (<c>_PiiGuardMapFile</c>), so the build
/// needs no compiler error log (which makes the compiler run every analyzer's Info rules). These tests run the real
/// analyzer through <c>CompilationWithAnalyzers</c> with the build properties the package's targets set.
/// </summary>
public sealed class DataMapFileTests : IDisposable
{
    private const string Marked = """
        public class Customer
        {
            [PiiGuard.Pii(PiiGuard.Category.Contact, Purpose = PiiGuard.Purpose.Account)]
            public string Email { get; set; } = "";
        }
        class Service
        {
            void Run(ILogger logger, Customer c) => logger.LogInformation("{Email}", c.Email);
        }
        """;

    private const string Unmarked = """
        public class Customer
        {
            public string EmailAddress { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
            public DateTime DateOfBirth { get; set; }
            public int RetryCount { get; set; }
        }
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "piiguard-mapfile-" + Guid.NewGuid().ToString("N"));

    private string MapPath => Path.Combine(folder, "obj", "piiguard.map");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void MarkedProject_WritesTheSameMapAsPII0990_AndReportsNoPII0990()
    {
        var compilation = Compile(Marked);
        var viaLog = InventoryTestHelper.Map(compilation, new TestOptionsProvider(new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" }));
        Assert.NotNull(viaLog.Markdown);

        var reported = InventoryTestHelper.Reported(compilation, Options(count: false));
        Assert.DoesNotContain(reported, d => d.Id == DiagnosticIds.DataMap);
        var lines = File.ReadAllLines(MapPath);
        Assert.Equal(DataMapEnvelope.FileHeader, lines[0]);
        Assert.DoesNotContain(lines, l => l.StartsWith(DataMapEnvelope.SuggestionsPrefix, StringComparison.Ordinal));
        var (markdown, json) = DataMapEnvelope.Decode(lines);
        Assert.Equal(viaLog.Markdown, markdown);
        Assert.Equal(viaLog.Json, json);
        Assert.Contains("Customer.Email", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task NothingMarked_CountsWhatDiscoveryWouldSuggest_WhenAsked()
    {
        var compilation = Compile(Unmarked);
        var suggested = (await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PiiDiscoveryAnalyzer()))
            .GetAnalyzerDiagnosticsAsync())
            .Count(d => d.Id == DiagnosticIds.LooksLikePersonalData);
        Assert.Equal(3, suggested);

        Assert.Empty(InventoryTestHelper.Reported(compilation, Options(count: true)));
        var lines = File.ReadAllLines(MapPath);
        Assert.Equal(new[] { DataMapEnvelope.FileHeader, DataMapEnvelope.SuggestionsPrefix + "3" }, lines);
        Assert.Equal((null, null), DataMapEnvelope.Decode(lines));

        // A build with an error log counts them there: the analyzer does not run discovery a second time.
        InventoryTestHelper.Reported(compilation, Options(count: false));
        Assert.Equal(new[] { DataMapEnvelope.FileHeader }, File.ReadAllLines(MapPath));
    }

    [Fact]
    public void NothingMarked_SuggestionsTurnedOff_CountsNone()
    {
        var compilation = Compile(Unmarked);
        var off = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            ImmutableDictionary<string, ReportDiagnostic>.Empty.Add(DiagnosticIds.LooksLikePersonalData, ReportDiagnostic.Suppress)));
        InventoryTestHelper.Reported(off, Options(count: true));
        Assert.Equal(new[] { DataMapEnvelope.FileHeader, DataMapEnvelope.SuggestionsPrefix + "0" }, File.ReadAllLines(MapPath));
    }

    [Fact]
    public void MarksRemoved_TheNextCompilationLeavesNoMapOfOlderCode()
    {
        InventoryTestHelper.Reported(Compile(Marked), Options(count: true));
        Assert.NotNull(DataMapEnvelope.Decode(File.ReadAllLines(MapPath)).Markdown);

        InventoryTestHelper.Reported(Compile(Unmarked), Options(count: true));
        Assert.Equal((null, null), DataMapEnvelope.Decode(File.ReadAllLines(MapPath)));
    }

    [Fact]
    public void SameCode_FileIsNotRewritten()
    {
        var compilation = Compile(Marked);
        InventoryTestHelper.Reported(compilation, Options(count: false));
        var first = File.GetLastWriteTimeUtc(MapPath);
        File.SetLastWriteTimeUtc(MapPath, first.AddMinutes(-5));
        InventoryTestHelper.Reported(compilation, Options(count: false));
        Assert.Equal(first.AddMinutes(-5), File.GetLastWriteTimeUtc(MapPath));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(MapPath)!));
    }

    [Theory]
    [InlineData("parent-is-a-file")]
    [InlineData("relative")]
    public void FileCannotBeWritten_PII0904_NoCrash(string kind)
    {
        string path;
        if (kind == "relative")
        {
            path = "obj/piiguard.map";
        }
        else
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "obj"), "a file where the folder should be");
            path = MapPath;
        }

        var reported = InventoryTestHelper.Reported(Compile(Marked), Options(count: false, path));
        Assert.DoesNotContain(reported, d => d.Id == "AD0001");
        var warning = Assert.Single(reported, d => d.Id == DiagnosticIds.DataMapNotHandedOver);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains(path, warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void MapTurnedOff_NoFile()
    {
        var options = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["MSBuildProjectDirectory"] = "/src",
            ["PiiGuardDataMap"] = "false",
            ["_PiiGuardMapFile"] = MapPath,
            ["_PiiGuardCountSuggestions"] = "true",
        });
        InventoryTestHelper.Reported(Compile(Marked), options);
        Assert.False(File.Exists(MapPath));
    }

    private static Compilation Compile(string source) => InventoryTestHelper.Compile(new[] { ("Model.cs", FlowTest.Usings + source) });

    private TestOptionsProvider Options(bool count, string? path = null)
    {
        var properties = new Dictionary<string, string>
        {
            ["MSBuildProjectDirectory"] = "/src",
            ["_PiiGuardMapFile"] = path ?? MapPath,
        };
        if (count)
        {
            properties["_PiiGuardCountSuggestions"] = "true";
        }

        return new TestOptionsProvider(properties);
    }
}
