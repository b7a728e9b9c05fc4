using System;
using System.IO;
using System.Linq;
using Xunit;

namespace PiiGuard.IntegrationTests.Package;

/// <summary>
/// What the package costs a consumer's build (issue 17): the data map never reaches the shipped assembly, and a
/// design-time build changes no compiler input, so the next ordinary build does not recompile unchanged code.
/// </summary>
[Collection(PackageTestGroup.Name)]
public sealed class CostTests
{
    private const string Source = """
        using PiiGuard;

        System.Console.WriteLine(new Customer().Email.Length);

        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Account, Description = "Sign-in and receipts")]
            public string Email { get; set; } = "";
        }
        """;

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
    private readonly PackageFixture package;

    public CostTests(PackageFixture package)
    {
        this.package = package;
    }

    [Fact]
    public void Build_WritesTheMap_ButTheAssemblyHoldsNoMapText()
    {
        var directory = package.CreateConsumer("NoMapInBinary", Source);
        var (exit, output) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(exit == 0, output);
        var map = Directory.GetFiles(directory, "data-map.md", SearchOption.AllDirectories).Single();
        Assert.Contains("Sign-in and receipts", File.ReadAllText(map), StringComparison.Ordinal);

        var assembly = Directory.GetFiles(Path.Combine(directory, "bin"), "NoMapInBinary.dll", SearchOption.AllDirectories).Single();
        var image = File.ReadAllBytes(assembly);
        foreach (var text in new[] { "# Data map", "Data category |" })
        {
            Assert.False(Contains(image, System.Text.Encoding.UTF8.GetBytes(text)), $"'{text}' (UTF-8) is in the shipped assembly");
            Assert.False(Contains(image, System.Text.Encoding.Unicode.GetBytes(text)), $"'{text}' (UTF-16) is in the shipped assembly");
        }
    }

    [Fact]
    public void DesignTimeBuild_ChangesNoCompilerInputOfPiiGuards()
    {
        // The compiler-visible properties land in the generated .editorconfig, an input of CoreCompile: one that
        // differed between design-time and ordinary builds (DesignTimeBuild itself, once) made every ordinary build
        // after an IDE design-time build recompile unchanged code. (The SDK's own CoreCompileInputs.cache also changes
        // with -p:DesignTimeBuild=true on the command line, with or without PiiGuard, so that is not asserted here.)
        var directory = package.CreateConsumer("DesignTimeConsumer", Source);
        var (first, firstOutput) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(first == 0, firstOutput);
        var editorConfig = Directory.GetFiles(Path.Combine(directory, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single();
        var ordinary = File.ReadAllText(editorConfig);
        Assert.Contains("build_property.PiiGuardDataMap", ordinary, StringComparison.Ordinal);
        Assert.DoesNotContain("DesignTimeBuild", ordinary, StringComparison.Ordinal);
        // The map's hand-off file (set by the targets at evaluation, so the design-time build sees the same path).
        var mapFile = Path.Combine(directory, "obj", "Debug", "net10.0", "piiguard.map");
        Assert.Contains("build_property._PiiGuardMapFile = " + mapFile, ordinary, StringComparison.Ordinal);
        Assert.True(File.Exists(mapFile), "the analyzer wrote no map file");

        var (designTime, designTimeOutput) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false", "-p:DesignTimeBuild=true");
        Assert.True(designTime == 0, designTimeOutput);
        Assert.Equal(ordinary, File.ReadAllText(editorConfig));
    }

    [Fact]
    public void LastDeclarationRemoved_NoStaleMapIsWritten()
    {
        var directory = package.CreateConsumer("StaleMapConsumer", Source);
        var (first, firstOutput) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(first == 0, firstOutput);
        var map = Directory.GetFiles(directory, "data-map.md", SearchOption.AllDirectories).Single();
        File.Delete(map);

        File.WriteAllText(Path.Combine(directory, "Program.cs"), "System.Console.WriteLine(1);\n");
        var (second, secondOutput) = DotNetCli.Run(directory, BuildTimeout, "build", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(second == 0, secondOutput);
        Assert.False(File.Exists(map), "a map was written from the previous compilation's generated file");
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
