using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace PiiGuard.IntegrationTests.Package;

/// <summary>The package, consumed the way a user consumes it: <c>PackageReference</c> from a feed, then <c>dotnet build</c>.</summary>
[Collection(PackageTestGroup.Name)]
public sealed class PackageTests
{
    private const string ConsumerSource = """
        using PiiGuard;

        System.Console.WriteLine(new Customer().Email.Length);

        public class Customer
        {
            [Pii(Category.Contact)]
            public string Email { get; set; } = "";

            [Pii(Category.Name, Purpose = Purpose.ServiceDelivery)]
            public string Name { get; set; } = "";
        }
        """;

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
    private readonly PackageFixture package;

    public PackageTests(PackageFixture package)
    {
        this.package = package;
    }

    [Fact]
    public void Package_FileList_MatchesTheContract()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var files = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", StringComparison.Ordinal) && !n.StartsWith("_rels/", StringComparison.Ordinal) && n != "[Content_Types].xml").OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[]
            {
                "PiiGuard.nuspec",
                "README.md",
                "analyzers/dotnet/roslyn4.8/cs/PiiGuard.Analyzers.dll",
                "analyzers/dotnet/roslyn4.8/cs/PiiGuard.CodeFixes.dll",
                "build/PiiGuard.Baseline.targets",
                "build/PiiGuard.props",
                "build/PiiGuard.targets",
                "buildMultiTargeting/PiiGuard.targets",
                "buildTransitive/PiiGuard.props",
                "buildTransitive/PiiGuard.targets",
                "lib/netstandard2.0/PiiGuard.dll",
                "lib/netstandard2.0/PiiGuard.xml",
                "tasks/netstandard2.0/PiiGuard.Tasks.dll",
            },
            files);

        using var nuspecStream = zip.GetEntry("PiiGuard.nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("PiiGuard", metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "developmentDependency" && e.Value == "true");
    }

    [Fact]
    public void Consumer_Build_ShowsDeclarationWarningFromThePackage()
    {
        var directory = package.CreateConsumer("Consumer", ConsumerSource);
        var (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(exit == 0, output);
        Assert.Contains("Program.cs(7,6): warning PII0001: 'Customer.Email' is personal data (Contact) but declares no purpose", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Customer.Name", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_Build_WritesTheDataMap_ByteIdenticalOnRebuild()
    {
        const string source = """
            using PiiGuard;
            using Microsoft.Extensions.Logging;

            [assembly: PiiHomeRegion("EU")]

            System.Console.WriteLine(new Customer().Email.Length);

            public class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery, Retention = "P1Y", LegalBasis = LegalBasis.Contract)]
                [PiiAccess("Customer service", PiiOperation.Access)]
                public string Email { get; set; } = "jane@example.com";
            }

            public class Mailer
            {
                public void Send(ILogger logger, Customer c) => logger.LogInformation("Mail {Email}", c.Email);
            }
            """;
        var directory = package.CreateConsumer("MapConsumer", source, "<PiiGuardDataMapPath>docs/data-map.md</PiiGuardDataMapPath>",
            "<PackageReference Include=\"Microsoft.Extensions.Logging.Abstractions\" Version=\"10.0.0\" />");
        var (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(exit == 0, output);
        // No error log (it would make the compiler run every analyzer's Info rules): the analyzer hands the map over in
        // obj/…/piiguard.map, and the finding is in the build's own warnings rather than counted in the line.
        Assert.Contains("PiiGuard: 1 item, 1 flow, 0 gaps → docs/data-map.md", output, StringComparison.Ordinal);
        Assert.Contains("1 Warning(s)", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, "obj", "Debug", "net10.0", "piiguard.map")));
        Assert.Empty(Directory.GetFiles(Path.Combine(directory, "obj"), "*.sarif", SearchOption.AllDirectories));
        var markdownPath = Path.Combine(directory, "docs", "data-map.md");
        var jsonPath = Path.Combine(directory, "docs", "data-map.json");
        var markdown = File.ReadAllBytes(markdownPath);
        var json = File.ReadAllBytes(jsonPath);
        var text = System.Text.Encoding.UTF8.GetString(markdown);
        Assert.Contains("| Email | Contact details |", text, StringComparison.Ordinal);
        Assert.Contains("| Customer.Email | Log | ILogger.LogInformation |  | **no** (PII0101) | Mailer.Send |", text, StringComparison.Ordinal);
        Assert.Contains("| PII0101 | Personal data is logged without a purpose that covers logging | Customer.Email | ILogger.LogInformation |  | Mailer.Send |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("jane@example.com", text, StringComparison.Ordinal);
        using (System.Text.Json.JsonDocument.Parse(json))
        {
        }

        // The exports beside it parse with real readers and say what the map says.
        var (items, activities, fides) = DataMapOutputTests.ReadExports(markdownPath);
        Assert.Equal(new[] { "Email", "Contact details" }, items[1].Take(2));
        Assert.Equal("Service delivery", activities[1][0]);
        Assert.Equal("mapconsumer", ((YamlDotNet.RepresentationModel.YamlScalarNode)((YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)fides["system"])[0])["fides_key"]).Value);
        var exports = new[] { ".items.csv", ".activities.csv", ".fides.yml" }.Select(e => Path.ChangeExtension(markdownPath, e)).ToDictionary(p => p, File.ReadAllBytes);

        var writtenAt = File.GetLastWriteTimeUtc(markdownPath);
        var (rebuildExit, rebuildOutput) = DotNetCli.Run(directory, BuildTimeout, "build", "--no-incremental", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(rebuildExit == 0, rebuildOutput);
        Assert.Equal(markdown, File.ReadAllBytes(markdownPath));
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(markdownPath));
        Assert.Equal(json, File.ReadAllBytes(jsonPath));
        Assert.All(exports, e => Assert.Equal(e.Value, File.ReadAllBytes(e.Key)));
        Assert.Contains("→ docs/data-map.md (up to date)", rebuildOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void DotnetFormat_AppliesTheCodeFixFromThePackage()
    {
        var directory = package.CreateConsumer("FormatConsumer", """
            System.Console.WriteLine(new Customer().Email);

            public class Customer
            {
                public string Email { get; set; } = "";
                public int Id { get; set; }
            }
            """);
        var (restore, restoreOutput) = DotNetCli.Run(directory, BuildTimeout, "restore");
        Assert.True(restore == 0, restoreOutput);
        var (exit, output) = DotNetCli.Run(directory, BuildTimeout, "format", "analyzers", "--diagnostics", "PII0008", "--severity", "info", "--no-restore");
        Assert.True(exit == 0, output);
        var program = File.ReadAllText(Path.Combine(directory, "Program.cs"));
        Assert.Contains("[Pii(Category.Contact)]", program, StringComparison.Ordinal);
        Assert.Contains("using PiiGuard;", program, StringComparison.Ordinal);
        Assert.DoesNotContain("[Pii(Category.UniqueId)]", program, StringComparison.Ordinal);
    }

    private const string LeakySource = """
        using Microsoft.Extensions.Logging;
        using PiiGuard;

        System.Console.WriteLine(new Customer().Email.Length);

        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Account)]
            public string Email { get; set; } = "";
        }

        public class Mailer
        {
            public void Legacy(ILogger logger, Customer c) => logger.LogInformation("Mail {Email}", c.Email);
        }
        """;

    private const string LoggingPackage = "<PackageReference Include=\"Microsoft.Extensions.Logging.Abstractions\" Version=\"10.0.0\" />";

    [Fact]
    public void Baseline_RoundTrip_LegacyGreen_NewLeakRed()
    {
        var directory = package.CreateConsumer("BaselineConsumer", LeakySource, extraItems: LoggingPackage);
        var (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(exit == 0, output);
        Assert.Contains("warning PII0101", output, StringComparison.Ordinal);

        (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--no-incremental", "--disable-build-servers", "-nodeReuse:false", "-p:PiiGuardUpdateBaseline=true");
        Assert.True(exit == 0, output);
        var baseline = File.ReadAllText(Path.Combine(directory, "piiguard.baseline.txt"));
        Assert.Contains("PII0101|Program.cs|Customer.Email|", baseline, StringComparison.Ordinal);

        (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--no-incremental", "--disable-build-servers", "-nodeReuse:false", "-warnaserror");
        Assert.True(exit == 0, "the baselined project should build green:\n" + output);
        Assert.DoesNotContain("PII0101", output, StringComparison.Ordinal);

        // Unrelated edits keep the baseline; a new leak fails the build.
        File.WriteAllText(Path.Combine(directory, "Program.cs"), LeakySource.Replace(
            "public class Mailer\n{",
            "public class Mailer\n{\n    public int Unrelated() => 1;\n\n    public void Fresh(ILogger logger, Customer c) => logger.LogWarning(\"New {Email}\", c.Email);\n",
            StringComparison.Ordinal));
        (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--no-incremental", "--disable-build-servers", "-nodeReuse:false", "-warnaserror");
        Assert.NotEqual(0, exit);
        Assert.Contains("error PII0101", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n').Where(l => l.Contains("error PII0101", StringComparison.Ordinal)).Select(l => l.Split(':')[0]).Distinct());
    }

    [Fact]
    public void ErrorLog_GivesSarif21_WithPiiGuardResultsAndHelpUris()
    {
        var directory = package.CreateConsumer("SarifConsumer", LeakySource, extraItems: LoggingPackage);
        var (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false", "-p:ErrorLog=piiguard.sarif%2Cversion=2.1");
        Assert.True(exit == 0, output);
        using var sarif = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "piiguard.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "PII0101");
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "PII0101");
        Assert.Equal("https://github.com/piiguard/piiguard/blob/main/docs/rules/PII0101.md", rule.GetProperty("helpUri").GetString());
    }

    // Issue 12: C# 14 extension properties. The unit tests compile with Roslyn 4.14, which predates them; the SDK's
    // compiler here is the one users build with.
    [Fact]
    public void Consumer_CSharp14ExtensionProperty_IsFollowed()
    {
        var directory = package.CreateConsumer("ExtensionPropertyConsumer", """
            using Microsoft.Extensions.Logging;
            using PiiGuard;

            public class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)]
                public string Email { get; set; } = "";

                public int Visits { get; set; }
            }

            public static class CustomerExtensions
            {
                extension(Customer customer)
                {
                    public string Contact => "mailto:" + customer.Email;

                    public int VisitCount => customer.Visits;
                }
            }

            public static class Program
            {
                public static void Main() { }

                public static void Log(ILogger logger, Customer c)
                {
                    logger.LogInformation("Contact {Contact}", c.Contact);
                    logger.LogInformation("Visits {Visits}", c.VisitCount);
                }
            }
            """, "<LangVersion>14</LangVersion>", LoggingPackage);
        var (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(exit == 0, output);
        var reported = output.Split('\n').Where(l => l.Contains("warning PII0101", StringComparison.Ordinal)).Select(l => l.Split(':')[0].Trim()).Distinct().ToList();
        Assert.Single(reported);
        Assert.EndsWith("Program.cs(28,52)", reported[0], StringComparison.Ordinal);
        Assert.Contains("'Customer.Email'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_DataMapOff_WritesNothing()
    {
        var directory = package.CreateConsumer("NoMapConsumer", ConsumerSource, "<PiiGuardDataMap>false</PiiGuardDataMap>");
        var (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(exit == 0, output);
        Assert.Empty(Directory.GetFiles(directory, "data-map.*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Consumer_WarnAsError_FailsTheBuild()
    {
        var directory = package.CreateConsumer("StrictConsumer", ConsumerSource);
        var (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false", "-warnaserror");
        Assert.NotEqual(0, exit);
        Assert.Contains("error PII0001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_HomeRegionProperty_ReachesTheAnalyzerThroughPackageProps()
    {
        var directory = package.CreateConsumer("RegionConsumer", ConsumerSource, "<PiiGuardHomeRegion>Europe</PiiGuardHomeRegion>");
        var (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(exit == 0, output);
        Assert.Contains("warning PII0901: The MSBuild property PiiGuardHomeRegion is \"Europe\"", output, StringComparison.Ordinal);
    }
}
