using System.Text.RegularExpressions;

namespace PiiGuard.Analyzers.Model;

/// <summary>Validates ISO-8601 durations such as <c>P6M</c>, <c>P1Y2M</c>, <c>P2W</c> or <c>PT36H</c>.</summary>
internal static class Iso8601Duration
{
    // At least one component; a 'T' must be followed by a time component; only the last component may be fractional.
    private static readonly Regex Pattern = new(
        @"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?$",
        RegexOptions.CultureInvariant,
        System.TimeSpan.FromMilliseconds(100));

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length == 0 || value.Length > 64)
        {
            return false;
        }

        try
        {
            return Pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
