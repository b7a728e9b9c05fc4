using System;
using System.Collections.Generic;

namespace PiiGuard.Analyzers.Model;

/// <summary>
/// Region codes: ISO 3166-1 alpha-2 countries plus the groups EU and EEA, and which countries those groups contain.
/// </summary>
internal static class Regions
{
    public const string EuropeanUnion = "EU";
    public const string EuropeanEconomicArea = "EEA";

    private static readonly HashSet<string> Countries = new(StringComparer.Ordinal)
    {
        "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
        "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
        "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
        "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
        "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
        "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
        "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
        "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
        "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
        "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
        "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
        "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
        "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
        "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
        "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
        "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
    };

    private static readonly HashSet<string> EuMembers = new(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
        "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    };

    private static readonly HashSet<string> EeaOnlyMembers = new(StringComparer.Ordinal) { "IS", "LI", "NO" };

    // Codes people write that are not ISO 3166-1 alpha-2, with the code they mean.
    private static readonly Dictionary<string, string> CommonMistakes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UK"] = "GB",
        ["EL"] = "GR",
        ["Europe"] = "EU",
        ["European Union"] = "EU",
        ["USA"] = "US",
        ["Germany"] = "DE",
        ["China"] = "CN",
    };

    public static int CountryCount => Countries.Count;

    public static int EuMemberCount => EuMembers.Count;

    /// <summary>The canonical (upper-case) code, or <see langword="null"/> if <paramref name="code"/> is not a region.</summary>
    public static string? Normalize(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var trimmed = code.Trim().ToUpperInvariant();
        return trimmed == EuropeanUnion || trimmed == EuropeanEconomicArea || Countries.Contains(trimmed) ? trimmed : null;
    }

    /// <summary>A hint for a common mistake, e.g. <c> (did you mean "GB"?)</c>, or an empty string.</summary>
    public static string SuggestionFor(string? code) =>
        code is not null && CommonMistakes.TryGetValue(code.Trim(), out var meant) ? $" (did you mean \"{meant}\"?)" : string.Empty;

    /// <summary>Whether <paramref name="inner"/> lies inside <paramref name="outer"/>; both must be normalized.</summary>
    public static bool Contains(string outer, string inner)
    {
        if (string.Equals(outer, inner, StringComparison.Ordinal))
        {
            return true;
        }

        return outer switch
        {
            EuropeanUnion => EuMembers.Contains(inner),
            EuropeanEconomicArea => inner == EuropeanUnion || EuMembers.Contains(inner) || EeaOnlyMembers.Contains(inner),
            _ => false,
        };
    }
}
