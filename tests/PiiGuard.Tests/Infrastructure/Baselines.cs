using System;
using System.IO;
using Xunit.Sdk;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>
/// Plain-text baselines under <c>tests/PiiGuard.Tests/Baselines</c>. Set <c>PIIGUARD_ACCEPT_BASELINES=1</c> to write
/// the actual text as the new baseline instead of failing; review the diff before committing it.
/// </summary>
internal static class Baselines
{
    public const string AcceptVariable = "PIIGUARD_ACCEPT_BASELINES";

    public static string Directory => RepoPaths.Combine("tests", "PiiGuard.Tests", "Baselines");

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    public static void AssertMatches(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var path = Path.Combine(Directory, name);
        if (Accepting)
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            File.WriteAllText(path + ".received.txt", actual);
            throw new XunitException($"No baseline {name}; the actual text is in {path}.received.txt. Run with {AcceptVariable}=1 to accept it.");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.WriteAllText(path + ".received.txt", actual);
            throw new XunitException(
                $"{name} differs from its baseline at character {FirstDifference(expected, actual)}; the actual text is in {path}.received.txt. " +
                $"Run with {AcceptVariable}=1 to accept it.");
        }
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return length;
    }
}
