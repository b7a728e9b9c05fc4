using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Package;

/// <summary>The package, consumed the way a user consumes it: <c>PackageReference</c> from a feed, then <c>dotnet build</c>.</summary>
public sealed class PackageTests : IClassFixture<PackageFixture>
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
                "analyzers/dotnet/cs/PiiGuard.Analyzers.dll",
                "build/PiiGuard.props",
                "buildTransitive/PiiGuard.props",
                "lib/netstandard2.0/PiiGuard.dll",
                "lib/netstandard2.0/PiiGuard.xml",
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
