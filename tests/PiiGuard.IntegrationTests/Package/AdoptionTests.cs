using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace PiiGuard.IntegrationTests.Package;

/// <summary>Issue 16, from the packed nupkg: safe bulk fixes, an exact baseline, and consumers that compile.</summary>
[Collection(PackageTestGroup.Name)]
public sealed class AdoptionTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
    private const string LoggingPackage = "<PackageReference Include=\"Microsoft.Extensions.Logging.Abstractions\" Version=\"10.0.0\" />";
    private readonly PackageFixture package;

    public AdoptionTests(PackageFixture package)
    {
        this.package = package;
    }

    private static (int Exit, string Output) Build(string directory, params string[] arguments) =>
        DotNetCli.Run(directory, BuildTimeout, new[] { "build", "--disable-build-servers", "-nodeReuse:false" }.Concat(arguments).ToArray());

    [Fact]
    public void Package_BothAssemblies_ReferenceRoslyn48_TheReadmesFloor()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        foreach (var name in new[] { "PiiGuard.Analyzers.dll", "PiiGuard.CodeFixes.dll" })
        {
            using var stream = new MemoryStream();
            using (var entry = zip.GetEntry("analyzers/dotnet/roslyn4.8/cs/" + name)!.Open())
            {
                entry.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var roslyn = reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h))
                .Where(r => reader.GetString(r.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                .Select(r => r.Version).ToList();
            Assert.NotEmpty(roslyn);
            Assert.All(roslyn, v => Assert.True(v <= new Version(4, 8, 0, 0), $"{name} references Roslyn {v}, above the 4.8 floor"));
        }
    }

    [Fact]
    public void PackedReadme_HasNoContributorSections_NorRelativeLinks()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();
        Assert.Contains("## Install", readme, StringComparison.Ordinal);
        Assert.Contains("using Microsoft.Extensions.Logging;", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("## Getting started on a fresh machine", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("## Repository layout", readme, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\]\((?!https?:|#)", readme);
        Assert.Contains("](https://github.com/piiguard/piiguard/blob/main/docs/rules/PII0101.md)", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void OldestCompilerOnTheRegistry_LoadsAnalyzersAndFixes_WithoutCS9057()
    {
        // Microsoft.Net.Compilers.Toolset replaces the SDK's compiler; 4.14 is the oldest the registry here serves.
        var directory = package.CreateConsumer("OldCompilerConsumer", """
            using PiiGuard;

            System.Console.WriteLine(new Customer().Email.Length);

            public class Customer
            {
                [Pii(Category.Contact)]
                public string Email { get; set; } = "";
            }
            """, extraItems: "<PackageReference Include=\"Microsoft.Net.Compilers.Toolset\" Version=\"4.14.0\" PrivateAssets=\"all\" />");
        var (exit, output) = Build(directory, "-v:n");
        Assert.True(exit == 0, output);
        Assert.Contains("microsoft.net.compilers.toolset", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("warning PII0001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DotnetFormat_LogFindings_Redacts_NeverDeclaresAPurposeOrATransfer()
    {
        var directory = package.CreateConsumer("SafeFormatConsumer", """
            using Microsoft.Extensions.Logging;
            using PiiGuard;

            [assembly: PiiHomeRegion("EU")]

            System.Console.WriteLine(new Customer().Email.Length);

            public class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.Account)]
                public string Email { get; set; } = "";
            }

            [PiiDestination("US")]
            public class Ops { public System.Threading.Tasks.Task SendAsync(object o) => System.Threading.Tasks.Task.CompletedTask; }

            public class Mailer
            {
                public void Log(ILogger logger, Customer c) => logger.LogInformation("Mail {Email}", c.Email);
                public System.Threading.Tasks.Task Sync(Ops ops, Customer c) => ops.SendAsync(c.Email);
            }
            """, extraItems: LoggingPackage);
        var (exit, output) = DotNetCli.Run(directory, BuildTimeout, "restore");
        Assert.True(exit == 0, output);
        (exit, output) = DotNetCli.Run(directory, BuildTimeout, "format", "analyzers", "--diagnostics", "PII0101", "PII0302", "--severity", "warn", "--no-restore");
        var program = File.ReadAllText(Path.Combine(directory, "Program.cs"));
        Assert.Contains("Redact.Mask(c.Email)", program, StringComparison.Ordinal);
        Assert.DoesNotContain("Purpose.Diagnostics", program, StringComparison.Ordinal);
        Assert.DoesNotContain("PiiTransfer", program, StringComparison.Ordinal);
    }

    private const string Shared = """
        using Microsoft.Extensions.Logging;
        using PiiGuard;

        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Account)]
            public string Email { get; set; } = "";
        }

        public static class SharedLog
        {
            public static void Write(ILogger logger, Customer c) => logger.LogInformation("Shared {Email}", c.Email);
        }
        """;

    [Fact]
    public void Baseline_CustomPath_Sarif10_LinkedFile_LineMapped_EscapedName_CountedKeys()
    {
        // A file linked from outside the project, as repositories share model files.
        Directory.CreateDirectory(Path.Combine(package.Root, "BaselineShared"));
        File.WriteAllText(Path.Combine(package.Root, "BaselineShared", "Shared.cs"), Shared);
        var directory = package.CreateConsumer("BaselineApp", """
            using Microsoft.Extensions.Logging;

            System.Console.WriteLine(1);

            public class Mailer
            {
                public void Twice(ILogger logger, Customer c)
                {
                    logger.LogInformation("Mail {Email}", c.Email);
                    logger.LogInformation("Mail {Email}", c.Email);
                }
            }
            """,
            "<PiiGuardBaselinePath>config/accepted-pii.txt</PiiGuardBaselinePath><ErrorLog>build.sarif</ErrorLog>",
            LoggingPackage + "<Compile Include=\"../BaselineShared/Shared.cs\" Link=\"Shared/Shared.cs\" />");
        Directory.CreateDirectory(Path.Combine(directory, "config"));
        File.WriteAllText(Path.Combine(directory, "Mapped.cs"), """
            using Microsoft.Extensions.Logging;

            public class Mapped
            {
            #line 40 "Views/Page 100%.cshtml"
                public void Log(ILogger logger, Customer c) => logger.LogInformation("Page {Email}", c.Email);
            #line default
            }
            """);
        File.WriteAllText(Path.Combine(directory, "Odd 50%25.cs"), """
            using Microsoft.Extensions.Logging;

            public class Odd
            {
                public void Log(ILogger logger, Customer c) => logger.LogWarning("Odd {Email}", c.Email);
            }
            """);

        // The user's own ErrorLog is SARIF 1.0 (no version): the baseline is written from it all the same.
        var (exit, output) = Build(directory, "--no-incremental", "-p:PiiGuardUpdateBaseline=true");
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("MSB4018", output, StringComparison.Ordinal);
        var baseline = File.ReadAllText(Path.Combine(directory, "config", "accepted-pii.txt"));
        Assert.DoesNotContain(package.Root, baseline, StringComparison.Ordinal);
        Assert.DoesNotContain("PII0008", baseline, StringComparison.Ordinal);
        Assert.Matches(@"PII0101\|Program\.cs\|Customer\.Email\|[0-9a-f]{16}\|2\n", baseline);
        Assert.Contains("PII0101|../BaselineShared/Shared.cs|Customer.Email|", baseline, StringComparison.Ordinal);
        Assert.Contains("PII0101|Mapped.cs|Customer.Email|", baseline, StringComparison.Ordinal);
        Assert.Contains("PII0101|Odd 50%25.cs|Customer.Email|", baseline, StringComparison.Ordinal);

        // Applied from its custom path: green with -warnaserror.
        (exit, output) = Build(directory, "--no-incremental", "-warnaserror");
        Assert.True(exit == 0, "the baselined project should build green:\n" + output);

        // A third copy of the accepted line is a new leak.
        var program = Path.Combine(directory, "Program.cs");
        File.WriteAllText(program, File.ReadAllText(program).Replace(
            "        logger.LogInformation(\"Mail {Email}\", c.Email);\n    }",
            "        logger.LogInformation(\"Mail {Email}\", c.Email);\n        logger.LogInformation(\"Mail {Email}\", c.Email);\n    }",
            StringComparison.Ordinal));
        (exit, output) = Build(directory, "--no-incremental", "-warnaserror");
        Assert.NotEqual(0, exit);
        Assert.Single(output.Split('\n').Where(l => l.Contains("error PII0101", StringComparison.Ordinal)).Select(l => l.Split(':')[0]).Distinct());
    }

    [Fact]
    public void Baseline_MissingFolder_IsAPlainMSBuildError()
    {
        var directory = package.CreateConsumer("BadBaselinePath", "System.Console.WriteLine(1);\n", "<PiiGuardBaselinePath>no/such/folder/baseline.txt</PiiGuardBaselinePath>");
        var (exit, output) = Build(directory, "--no-incremental", "-p:PiiGuardUpdateBaseline=true");
        Assert.NotEqual(0, exit);
        Assert.Contains("PiiGuard: cannot write the baseline to", output, StringComparison.Ordinal);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4018", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MultiTargeting_NetStandard20AtCSharp73_CompilesAndWritesTheUnionBaseline()
    {
        // netstandard2.0 compiles at C# 7.3 by default: the generated DataInventory must be valid there.
        var directory = package.CreateConsumer("MultiTargetModels", """
            using Microsoft.Extensions.Logging;
            using PiiGuard;

            namespace Models
            {
                public class Customer
                {
                    [Pii(Category.Contact, Purpose = Purpose.Account)]
                    public string Email { get; set; }
                }

                public static class Log
                {
            #if NET
                    public static void Modern(ILogger logger, Customer c) => logger.LogInformation("Modern {Email}", c.Email);
            #else
                    public static void Legacy(ILogger logger, Customer c) => logger.LogInformation("Legacy {Email}", c.Email);
            #endif
                    public static int Count() => PiiGuard.Generated.MultiTargetModels.DataInventory.Items.Count;
                }
            }
            """,
            "<TargetFramework></TargetFramework><TargetFrameworks>net10.0;netstandard2.0</TargetFrameworks><OutputType>Library</OutputType><Nullable>disable</Nullable><TreatWarningsAsErrors>false</TreatWarningsAsErrors>",
            LoggingPackage);
        var (exit, output) = Build(directory);
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("CS8370", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8632", output, StringComparison.Ordinal);

        (exit, output) = Build(directory, "--no-incremental", "-p:PiiGuardUpdateBaseline=true");
        Assert.True(exit == 0, output);
        var baseline = File.ReadAllText(Path.Combine(directory, "piiguard.baseline.txt"));
        Assert.Equal(2, baseline.Split('\n').Count(l => l.StartsWith("PII0101|Program.cs|Customer.Email|", StringComparison.Ordinal)));

        (exit, output) = Build(directory, "--no-incremental", "-warnaserror:PII0101");
        Assert.True(exit == 0, "both frameworks' findings are in the baseline:\n" + output);
    }
}
