using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Inventory;

/// <summary>Human wording and per-format escaping for the inventory outputs. Invariant culture throughout.</summary>
internal static class TextFormat
{
    private static readonly Regex DurationPart = new(@"(\d+(?:[.,]\d+)?)([YMWDHS])", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary><c>ServiceDelivery</c> → <c>Service delivery</c>.</summary>
    public static string Humanize(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static IEnumerable<string> Flags<TEnum>(int value)
        where TEnum : struct, Enum
    {
        foreach (TEnum flag in Enum.GetValues(typeof(TEnum)))
        {
            var bit = Convert.ToInt32(flag, CultureInfo.InvariantCulture);
            if (bit != 0 && (value & bit) == bit)
            {
                yield return flag.ToString();
            }
        }
    }

    public static string Purposes(int purpose) => purpose == 0 ? string.Empty : string.Join(", ", Flags<Purpose>(purpose).Select(Humanize));

    public static string LegalBases(int basis) => basis == 0 ? string.Empty : string.Join(", ", Flags<LegalBasis>(basis).Select(Humanize));

    public static string CategoryName(int category) => category >= 0 && Taxonomy.IsDefined((Category)category) ? ((Category)category).ToString() : "Unknown";

    public static string Mechanism(int mechanism) => Taxonomy.IsDefined((TransferMechanism)mechanism) ? Humanize(((TransferMechanism)mechanism).ToString()) : "Unknown";

    /// <summary><c>P1Y6M</c> → <c>1 year 6 months</c>; anything else is returned as written.</summary>
    public static string Duration(string iso)
    {
        if (!Iso8601Duration.IsValid(iso))
        {
            return iso;
        }

        var parts = new List<string>();
        var inTime = false;
        foreach (var segment in iso.Substring(1).Split('T'))
        {
            foreach (Match match in DurationPart.Matches(segment))
            {
                var unit = match.Groups[2].Value switch
                {
                    "Y" => "year",
                    "M" => inTime ? "minute" : "month",
                    "W" => "week",
                    "D" => "day",
                    "H" => "hour",
                    _ => "second",
                };
                var amount = match.Groups[1].Value;
                parts.Add(amount + " " + unit + (amount == "1" ? string.Empty : "s"));
            }

            inTime = true;
        }

        return string.Join(" ", parts);
    }

    /// <summary>A Markdown table cell: pipes, newlines and HTML cannot break the table.</summary>
    public static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Escape(text!, static c => c switch
        {
            '|' => "\\|",
            '<' => "&lt;",
            '>' => "&gt;",
            '&' => "&amp;",
            '`' => "\\`",
            '*' => "\\*",
            '_' => "\\_",
            '[' => "\\[",
            ']' => "\\]",
            '\r' => string.Empty,
            '\n' => "<br>",
            _ => char.IsControl(c) ? string.Empty : null,
        }).Trim();

    /// <summary>A Mermaid node label inside <c>["…"]</c>: quotes and markup become entities, newlines spaces.</summary>
    public static string MermaidLabel(string text) => Escape(text, static c => c switch
    {
        '"' => "#quot;",
        '<' => "#lt;",
        '>' => "#gt;",
        '#' => "#35;",
        '|' => "#124;",
        '`' => "#96;",
        '[' => "#91;",
        ']' => "#93;",
        '{' => "#123;",
        '}' => "#125;",
        ';' => "#59;",
        '\r' or '\n' or '\t' => " ",
        _ => char.IsControl(c) ? string.Empty : null,
    });

    /// <summary>A JSON string literal, quotes included (RFC 8259; <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> escaped too).</summary>
    public static string Json(string? text) => text is null ? "null" : "\"" + Escape(text, static c => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '<' or '>' or '&' => Unicode(c),
        _ => c < ' ' || c == '\u2028' || c == '\u2029' ? Unicode(c) : null,
    }) + "\"";

    /// <summary>A C# string literal (regular, escaped), or <c>null</c>.</summary>
    public static string CSharp(string? text) => text is null ? "null" : "\"" + Escape(text, static c => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\0' => "\\0",
        _ => char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' ? Unicode(c) : null,
    }) + "\"";

    private static string Unicode(char c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);

    /// <summary>Replaces each character the format's rule maps (null: keep it as it is).</summary>
    private static string Escape(string text, Func<char, string?> replace)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var replacement = replace(c);
            if (replacement is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(replacement);
            }
        }

        return builder.ToString();
    }
}
