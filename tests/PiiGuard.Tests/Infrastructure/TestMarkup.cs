using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>One span marked in test source.</summary>
/// <param name="Span">The marked text's span in the clean source.</param>
/// <param name="Id">The diagnostic ID for <c>{|PII0101:…|}</c>; <see langword="null"/> for <c>[|…|]</c>.</param>
/// <param name="LocationKey">The key for <c>{|#0:…|}</c>; <see langword="null"/> otherwise.</param>
internal sealed record MarkedSpan(TextSpan Span, string? Id, int? LocationKey);

/// <summary>
/// Parses the markup of Microsoft.CodeAnalysis.Testing: <c>[|…|]</c> (the analyzer's only diagnostic),
/// <c>{|PII0001:…|}</c> (a diagnostic with that ID) and <c>{|#0:…|}</c> (a location for
/// <c>WithLocation(0)</c>). Markers may nest.
/// </summary>
internal static class TestMarkup
{
    public static (string Source, IReadOnlyList<MarkedSpan> Spans) Parse(string markup)
    {
        var output = new StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        var open = new Stack<(int Start, string? Id, int? Key, bool Brace)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (Starts(markup, i, "[|"))
            {
                open.Push((output.Length, null, null, false));
                i++;
            }
            else if (Starts(markup, i, "{|") && TryReadHeader(markup, i + 2, out var header, out var end))
            {
                if (header.StartsWith('#'))
                {
                    open.Push((output.Length, null, int.Parse(header.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture), true));
                }
                else
                {
                    open.Push((output.Length, header, null, true));
                }

                i = end;
            }
            else if (Starts(markup, i, "|]") && open.Count > 0 && !open.Peek().Brace)
            {
                var (start, _, _, _) = open.Pop();
                spans.Add(new MarkedSpan(TextSpan.FromBounds(start, output.Length), null, null));
                i++;
            }
            else if (Starts(markup, i, "|}") && open.Count > 0 && open.Peek().Brace)
            {
                var (start, id, key, _) = open.Pop();
                spans.Add(new MarkedSpan(TextSpan.FromBounds(start, output.Length), id, key));
                i++;
            }
            else
            {
                output.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Unclosed markup in test source.");
        }

        return (output.ToString(), spans);
    }

    private static bool Starts(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    // Reads "PII0001:" or "#0:" after "{|".
    private static bool TryReadHeader(string text, int start, out string header, out int end)
    {
        var colon = text.IndexOf(':', start);
        header = string.Empty;
        end = -1;
        if (colon <= start || colon - start > 16)
        {
            return false;
        }

        header = text.Substring(start, colon - start);
        foreach (var c in header)
        {
            if (!char.IsLetterOrDigit(c) && c != '#')
            {
                return false;
            }
        }

        end = colon;
        return true;
    }
}
