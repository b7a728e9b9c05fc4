using System;
using System.IO;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>Locates the repository from the test output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootValue = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PiiGuard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PiiGuard.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootValue.Value;

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));
}
