using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
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
        foreach (var (bit, name) in FlagTable<TEnum>.Flags)
        {
            if (bit != 0 && (value & bit) == bit)
            {
                yield return name;
            }
        }
    }

    public static string Purposes(int purpose) => purpose == 0 ? string.Empty : FlagTable<Purpose>.Humanized(purpose);

    public static string LegalBases(int basis) => basis == 0 ? string.Empty : FlagTable<LegalBasis>.Humanized(basis);

    // An enum's flags read once, and each combination's wording built once (a map names the same few combinations thousands of times).
    private static class FlagTable<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly (int Bit, string Name)[] Flags = Enum.GetValues(typeof(TEnum)).Cast<TEnum>()
            .Select(flag => (Convert.ToInt32(flag, CultureInfo.InvariantCulture), flag.ToString()))
            .ToArray();

        private static readonly ConcurrentDictionary<int, string> HumanizedByValue = new();

        public static string Humanized(int value) =>
            HumanizedByValue.GetOrAdd(value, static v => string.Join(", ", Flags<TEnum>(v).Select(Humanize)));
    }

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

    /// <summary>
    /// A Markdown table cell: pipes, newlines and HTML cannot break the table, and no user text turns into markup —
    /// every character CommonMark or GitHub gives a meaning inline is escaped, the backslash first of all (an unescaped
    /// <c>\</c> before an escaped <c>\[</c> would make it a link again), and GitHub's bare autolinks
    /// (<c>https://</c>, <c>www.</c>, e-mail addresses) are broken with an escape, so they render as plain text.
    /// </summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var visible = Visible(text!);
        var builder = new StringBuilder(visible.Length + 8);
        for (var i = 0; i < visible.Length; i++)
        {
            var c = visible[i];
            switch (c)
            {
                case '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '~' or '@':
                    builder.Append('\\').Append(c);
                    break;
                case ':' when string.CompareOrdinal(visible, i + 1, "//", 0, 2) == 0:
                    builder.Append("\\:");
                    break;
                case '.' when i >= 3 && (i == 3 || !char.IsLetterOrDigit(visible[i - 4])) && string.Compare(visible, i - 3, "www", 0, 3, StringComparison.OrdinalIgnoreCase) == 0:
                    builder.Append("\\.");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\r':
                    break;
                case '\n' or '\u0085' or '\u2028' or '\u2029':
                    builder.Append("<br>");
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>A Mermaid node label inside <c>["…"]</c>: quotes and markup become entities, newlines spaces.</summary>
    public static string MermaidLabel(string text) => Escape(Visible(text), static c => c switch
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
        '\r' or '\n' or '\t' or '\u0085' or '\u2028' or '\u2029' => " ",
        _ => char.IsControl(c) ? string.Empty : null,
    });

    /// <summary>A JSON string literal, quotes included (RFC 8259; <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> escaped too).</summary>
    public static string Json(string? text) => text is null ? "null" : "\"" + Escape(Visible(text), static c => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '<' or '>' or '&' => Unicode(c),
        _ => c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? Unicode(c) : null,
    }) + "\"";

    /// <summary>
    /// A C# string literal (regular, escaped), or <c>null</c>. Surrogates are written as <c>\uXXXX</c> escapes, so the
    /// generated file is plain ASCII where text could be malformed and the string at run time is exactly the declared one.
    /// </summary>
    public static string CSharp(string? text) => text is null ? "null" : "\"" + Escape(text, static c => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\0' => "\\0",
        _ => char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || char.IsSurrogate(c) ? Unicode(c) : null,
    }) + "\"";

    /// <summary>
    /// A lone surrogate (half of a UTF-16 pair, which no UTF-8 file can hold) written as the visible text
    /// <c>\uD800</c>, the same in every document, instead of the U+FFFD an encoder would silently put in its place.
    /// Paired surrogates (emoji, rare scripts) are kept.
    /// </summary>
    public static string Visible(string text)
    {
        if (!HasLoneSurrogate(text))
        {
            return text;
        }

        using var writer = new StringWriter(new StringBuilder(text.Length + 16), CultureInfo.InvariantCulture);
        WriteVisible(writer, text.ToCharArray(), text.Length);
        return writer.ToString();
    }

    /// <summary>
    /// <see cref="Visible(string)"/> for the first <paramref name="count"/> characters of a buffer, written to
    /// <paramref name="writer"/> (a high surrogate at the buffer's end is lone: a caller cutting text into pieces keeps
    /// pairs together).
    /// </summary>
    public static void WriteVisible(TextWriter writer, char[] buffer, int count)
    {
        var from = 0;
        for (var i = 0; i < count; i++)
        {
            var c = buffer[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < count && char.IsLowSurrogate(buffer[i + 1]))
            {
                i++;
                continue;
            }

            writer.Write(buffer, from, i - from);
            writer.Write("\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            from = i + 1;
        }

        writer.Write(buffer, from, count - from);
    }

    /// <summary>
    /// Generated C# source made safe as a whole: C# ends a <c>//</c> comment at U+0085, U+2028 and U+2029 as well as at
    /// <c>\n</c>, so text that reaches a comment (an assembly name) could otherwise continue as code. String literals
    /// already escape these (<see cref="CSharp"/>), so any left in the source are in comments: each becomes its
    /// visible <c>\u2028</c>, as do lone surrogates.
    /// </summary>
    public static string SafeSource(string source)
    {
        var visible = Visible(source);
        if (visible.IndexOf('\u0085') < 0 && visible.IndexOf('\u2028') < 0 && visible.IndexOf('\u2029') < 0)
        {
            return visible;
        }

        return visible.Replace("\u0085", "\\u0085").Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029");
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

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
