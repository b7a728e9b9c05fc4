using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CsvHelper;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace PiiGuard.IntegrationTests.Package;

/// <summary>
/// The data map's files as a consumer's build writes them (issues 15 and 16): the one-line summary in plain
/// <c>dotnet build</c> output, the exports beside the map, clear PIIGxxx errors for bad paths, and one map for a
/// project with several target frameworks.
/// </summary>
[Collection(PackageTestGroup.Name)]
public sealed class DataMapOutputTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
    private readonly PackageFixture package;

    public DataMapOutputTests(PackageFixture package)
    {
        this.package = package;
    }

    private static (int Exit, string Output) Build(string directory, params string[] arguments) =>
        DotNetCli.Run(directory, BuildTimeout, new[] { "build", "--disable-build-servers", "-nodeReuse:false" }.Concat(arguments).ToArray());

    private static List<string> SummaryLines(string output) =>
        output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("PiiGuard: ", StringComparison.Ordinal) && !l.StartsWith("PiiGuard: wrote", StringComparison.Ordinal)).ToList();

    [Fact]
    public void FreshConsumer_NothingMarked_SummaryCountsSuggestions_AndItsCommandMarksThem()
    {
        var directory = package.CreateConsumer("FirstBuildConsumer", """
            System.Console.WriteLine(new Customer().EmailAddress.Length);

            public class Customer
            {
                public string EmailAddress { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
                public System.DateTime DateOfBirth { get; set; }
            }
            """);

        // Plain dotnet build, default verbosity: the line is there, and it is not a warning.
        var (exit, output) = Build(directory);
        Assert.True(exit == 0, output);
        const string expected = "PiiGuard: nothing is marked as personal data yet; 3 members look like it (PII0008). Mark them: dotnet format analyzers --diagnostics PII0008 --severity info";
        Assert.Equal(new[] { expected }, SummaryLines(output));
        Assert.Contains("0 Warning(s)", output, StringComparison.Ordinal);

        // The command the line gives really marks them; the next build writes the map and says so.
        var command = expected.Substring(expected.IndexOf("dotnet format", StringComparison.Ordinal)).Split(' ').Skip(1).ToArray();
        var (format, formatOutput) = DotNetCli.Run(directory, BuildTimeout, command);
        Assert.True(format == 0, formatOutput);
        var program = File.ReadAllText(Path.Combine(directory, "Program.cs"));
        Assert.True(Regex.Count(program, @"\[Pii\(Category\.") == 3, program + "\n" + formatOutput);

        (exit, output) = Build(directory);
        Assert.True(exit == 0, output);
        Assert.Equal(new[] { "PiiGuard: 3 items, 0 flows, 3 gaps → bin/Debug/net10.0/data-map.md" }, SummaryLines(output));
        Assert.Contains("3 Warning(s)", output, StringComparison.Ordinal);

        // With an error log of the user's own, the line counts the findings (the baseline's suppressions excluded) from it.
        (exit, output) = Build(directory, "-p:ErrorLog=build.sarif%2Cversion=2.1");
        Assert.True(exit == 0, output);
        Assert.Equal(new[] { "PiiGuard: 3 items, 0 flows, 3 findings, 3 gaps → bin/Debug/net10.0/data-map.md (up to date)" }, SummaryLines(output));
    }

    [Fact]
    public void BuildWithoutAnalyzers_SaysTheMapWasNotWritten_AndTheDriftGateFails()
    {
        // The map comes from PiiGuard's flow analyzer (PII0990 in the compiler's log): without analyzers there is none,
        // and that is said, never a silent "up to date".
        var directory = package.CreateConsumer("NoAnalyzersConsumer", """
            using PiiGuard;
            System.Console.WriteLine(new Customer().Email);

            public class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.Account)]
                public string Email { get; set; } = "";
            }
            """);

        var (exit, output) = Build(directory, "-p:RunAnalyzers=false");
        Assert.True(exit == 0, output);
        Assert.Contains("warning PIIG009", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "bin", "Debug", "net10.0", "data-map.md")), output);

        (exit, output) = Build(directory, "-p:RunAnalyzersDuringBuild=false", "-p:PiiGuardDataMapCheck=true");
        Assert.NotEqual(0, exit);
        Assert.Contains("error PIIG009", output, StringComparison.Ordinal);

        // With analyzers, the same project writes its map.
        (exit, output) = Build(directory);
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("PIIG009", output, StringComparison.Ordinal);
        Assert.Contains("Customer.Email", File.ReadAllText(Path.Combine(directory, "bin", "Debug", "net10.0", "data-map.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void DriftGate_StaleCommittedMap_FailsWithWhatChanged_CurrentMapPasses()
    {
        var directory = package.CreateConsumer("DriftGateConsumer", """
            using PiiGuard;
            [assembly: PiiHomeRegion("US")]
            System.Console.WriteLine(Crm.Push(new System.Net.Http.HttpClient(), new Customer()).IsCompleted);

            public class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.Account, DisclosedTo = new string[0])]
                public string Email { get; set; } = "";
            }

            public static class Crm
            {
                public static System.Threading.Tasks.Task Push(System.Net.Http.HttpClient http, Customer c) =>
                    http.PostAsync("https://crm.example.com/v1", new System.Net.Http.StringContent("x"));
            }
            """);

        // Commit the map as the code is now.
        var (exit, output) = Build(directory, "-p:PiiGuardDataMapPath=docs/data-map.md");
        Assert.True(exit == 0, output);
        var map = Path.Combine(directory, "docs", "data-map.md");
        var committed = File.ReadAllText(map);
        Assert.Contains("None: every flow the code has is covered", committed, StringComparison.Ordinal);

        // Current: the check passes and writes nothing.
        (exit, output) = Build(directory, "-p:PiiGuardDataMapPath=docs/data-map.md", "-p:PiiGuardDataMapCheck=true");
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("PIIG008", output, StringComparison.Ordinal);

        // The code now sends the e-mail to a host no destination places: the committed map is stale.
        var program = Path.Combine(directory, "Program.cs");
        File.WriteAllText(program, File.ReadAllText(program).Replace("new System.Net.Http.StringContent(\"x\")", "new System.Net.Http.StringContent(c.Email)", StringComparison.Ordinal));
        (exit, output) = Build(directory, "-p:PiiGuardDataMapPath=docs/data-map.md", "-p:PiiGuardDataMapCheck=true");
        Assert.NotEqual(0, exit);
        Assert.Contains("error PIIG008", output, StringComparison.Ordinal);
        Assert.Contains("docs/data-map.md (PiiGuardDataMapPath) no longer matches the code", output, StringComparison.Ordinal);
        Assert.Contains("Findings: ", output, StringComparison.Ordinal);
        Assert.Contains("+ | Customer.Email | Send | HttpClient.PostAsync | destination unknown (crm.example.com) | **no** (PII0404) | Crm.Push |", output, StringComparison.Ordinal);
        Assert.Equal(committed, File.ReadAllText(map));

        // Regenerated and committed: the gate passes again.
        (exit, output) = Build(directory, "-p:PiiGuardDataMapPath=docs/data-map.md");
        Assert.True(exit == 0, output);
        Assert.Contains("PII0404", File.ReadAllText(map), StringComparison.Ordinal);
        (exit, output) = Build(directory, "-p:PiiGuardDataMapPath=docs/data-map.md", "-p:PiiGuardDataMapCheck=true");
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void BadPaths_AreDocumentedErrors_NeverATaskCrash_AndNoForeignFileIsOverwritten()
    {
        var directory = package.CreateConsumer("BadMapPaths", """
            using PiiGuard;
            System.Console.WriteLine(new Customer().Email);
            public class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.Account)]
                public string Email { get; set; } = "";
            }
            """);
        var (exit, output) = Build(directory);
        Assert.True(exit == 0, output);

        Directory.CreateDirectory(Path.Combine(directory, "docs"));
        File.WriteAllText(Path.Combine(directory, "blocker"), "a file");
        var foreign = Path.Combine(directory, "docs", "privacy.json");
        File.WriteAllText(foreign, "{ \"owner\": \"the privacy team\" }");

        var cases = new (string Path, string Code, string Says)[]
        {
            ("docs/map.json", "PIIG001", "PiiGuardDataMapPath and PiiGuardDataMapJsonPath are the same file"),
            ("docs", "PIIG003", "it is a folder"),
            ("blocker/map.md", "PIIG004", "blocker is a file, not a folder"),
            ("docs/privacy.md", "PIIG002", "exists and was not written by PiiGuard"),
            ("/proc/piiguard/map.md", "PIIG004", "cannot be created"),
        };
        foreach (var (path, code, says) in cases)
        {
            (exit, output) = Build(directory, "--no-restore", "-p:PiiGuardDataMapPath=" + path);
            Assert.True(exit != 0, $"{path}: the build should fail\n{output}");
            Assert.Contains($"error {code}: PiiGuard: ", output, StringComparison.Ordinal);
            Assert.Contains(says, output, StringComparison.Ordinal);
            Assert.DoesNotContain("MSB4018", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }

        // Nothing was written by any failed build: no foreign file replaced, no half-written set of files.
        Assert.Equal("{ \"owner\": \"the privacy team\" }", File.ReadAllText(foreign));
        Assert.DoesNotContain(Directory.GetFiles(directory, "*.md", SearchOption.AllDirectories), f => !f.Contains("/bin/", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(directory, "docs.*"));
        Assert.Equal(new[] { "privacy.json" }, Directory.GetFiles(Path.Combine(directory, "docs")).Select(Path.GetFileName));
    }

    [Fact]
    public void MultiTargeting_WritesOneMap_WhicheverFrameworkIsBuilt()
    {
        // A flow that exists only in the net9.0 build: were each framework to write the map, it would flip.
        var directory = package.CreateConsumer("MultiTargetMap", """
            using Microsoft.Extensions.Logging;
            using PiiGuard;

            public class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.Diagnostics)]
                public string Email { get; set; } = "";
            }

            public static class Log
            {
                public static void Always(ILogger logger, Customer c) => logger.LogInformation("Always {Email}", c.Email);
            #if NET9_0_OR_GREATER
                public static void Net9Only(ILogger logger, Customer c) => logger.LogWarning("Net9 {Email}", c.Email);
            #endif
            }
            """,
            "<TargetFramework></TargetFramework><TargetFrameworks>net8.0;net9.0</TargetFrameworks><OutputType>Library</OutputType><PiiGuardDataMapPath>docs/data-map.md</PiiGuardDataMapPath>",
            "<PackageReference Include=\"Microsoft.Extensions.Logging.Abstractions\" Version=\"10.0.0\" />");
        var map = Path.Combine(directory, "docs", "data-map.md");

        var (exit, output) = Build(directory);
        Assert.True(exit == 0, output);
        Assert.Single(SummaryLines(output));
        var first = File.ReadAllBytes(map);
        var text = File.ReadAllText(map);
        Assert.Contains("ILogger.LogInformation", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ILogger.LogWarning", text, StringComparison.Ordinal);
        var writtenAt = File.GetLastWriteTimeUtc(map);

        // One framework at a time: the net9.0 build leaves the map as the net8.0 build wrote it.
        (exit, output) = Build(directory, "--no-restore", "-f", "net9.0", "--no-incremental");
        Assert.True(exit == 0, output);
        Assert.Empty(SummaryLines(output));
        Assert.Equal(first, File.ReadAllBytes(map));
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(map));

        // The framework is a choice.
        (exit, output) = Build(directory, "--no-restore", "-p:PiiGuardDataMapTargetFramework=net9.0");
        Assert.True(exit == 0, output);
        Assert.Single(SummaryLines(output));
        Assert.Contains("ILogger.LogWarning", File.ReadAllText(map), StringComparison.Ordinal);
    }

    /// <summary>The three exports beside <paramref name="markdownPath"/>, read with CsvHelper and YamlDotNet.</summary>
    internal static (List<string[]> Items, List<string[]> Activities, YamlMappingNode Fides) ReadExports(string markdownPath)
    {
        var items = ReadCsv(Path.ChangeExtension(markdownPath, ".items.csv"));
        var activities = ReadCsv(Path.ChangeExtension(markdownPath, ".activities.csv"));
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.ChangeExtension(markdownPath, ".fides.yml")))
        {
            yaml.Load(reader);
        }

        return (items, activities, (YamlMappingNode)yaml.Documents.Single().RootNode);
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true, TrimWhitespace = false });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray());
        }

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        return rows;
    }
}
