using System;
using System.IO;
using System.Linq;
using PiiGuard.IntegrationTests.Samples;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.IntegrationTests;

/// <summary>
/// Packs the real <c>PiiGuard</c> nupkg once per test run into a private folder feed, with a private package cache,
/// so consumers and the samples restore exactly the bits just built (never a stale cached copy of the same version).
/// The samples are built from that package on first use, once, for every test that reads them.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string Version = "0.1.0";

    private readonly Lazy<SampleBuilds> samples;

    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "piiguard-integration-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        var (exit, output) = DotNetCli.Run(
            RepoPaths.Root,
            TimeSpan.FromMinutes(5),
            "pack", RepoPaths.Combine("src", "PiiGuard", "PiiGuard.csproj"), "-c", "Release", "-o", Feed,
            "--disable-build-servers", "-p:Version=" + Version);
        Assert.True(exit == 0, "dotnet pack failed:\n" + output);
        PackagePath = Directory.GetFiles(Feed, "PiiGuard.*.nupkg").Single();

        // Every consumer under Root finds this file by walking up; the samples are pointed at it explicitly.
        NuGetConfig = Path.Combine(Root, "nuget.config");
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="PiiGuard" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
              <config>
                <add key="globalPackagesFolder" value="{Packages}" />
              </config>
            </configuration>
            """);
        samples = new Lazy<SampleBuilds>(() => new SampleBuilds(this));
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string PackagePath { get; }

    /// <summary>The feed (PiiGuard from <see cref="Feed"/> only) and the private package cache.</summary>
    public string NuGetConfig { get; }

    /// <summary>Both samples, built from this package.</summary>
    public SampleBuilds Samples => samples.Value;

    /// <summary>Writes a consumer project that references the package from the private feed only.</summary>
    public string CreateConsumer(string name, string source, string? extraProperties = null, string? extraItems = null)
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <NuGetAudit>false</NuGetAudit>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PiiGuard" Version="{Version}" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), source);
        return directory;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>
/// One collection, so the package is packed once for the whole run and the classes that consume it run one after
/// another (each of their builds already uses both cores).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageTestGroup : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
