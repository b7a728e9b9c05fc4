using System;
using System.IO;
using System.Linq;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Package;

/// <summary>
/// Packs the real <c>PiiGuard</c> nupkg once per test run into a private folder feed, with a private package cache,
/// so consumers restore exactly the bits just built (never a stale cached copy of the same version).
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string Version = "0.1.0";

    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "piiguard-package-tests-" + Guid.NewGuid().ToString("N"));
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
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string PackagePath { get; }

    /// <summary>Writes a consumer project that references the package from the private feed only.</summary>
    public string CreateConsumer(string name, string source, string? extraProperties = null, string? extraItems = null)
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
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
