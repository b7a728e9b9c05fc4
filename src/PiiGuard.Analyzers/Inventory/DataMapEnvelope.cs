using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

#if PIIGUARD_TASKS
namespace PiiGuard.Tasks;
#else
namespace PiiGuard.Analyzers.Inventory;
#endif

/// <summary>
/// The contract between the flow analyzer and the MSBuild task that writes the data map (compiled into both). The
/// analyzer cannot write files, and the documents must not be compiled into the user's assembly, so it reports them
/// at the end of the compilation as a property of one <c>PII0990</c> diagnostic, which the compiler writes to its
/// error log (<c>ErrorLog</c>, SARIF); the task reads them there. Each document is UTF-8, gzip-compressed and
/// base64-encoded, one line per chunk behind its prefix, so no text a user declares (a lone surrogate, U+2028, a quote)
/// depends on how the log's writer escapes it. Compressed, a large map costs the compiler (which holds the diagnostic
/// until it writes the log) and the log a fraction of the text's size, and no copy of the whole text is made.
/// </summary>
internal static class DataMapEnvelope
{
    /// <summary>The name of the diagnostic property that carries the envelope.</summary>
    public const string Property = "PiiGuardDataMap";

    public const string MarkdownPrefix = "//mdz:";
    public const string JsonPrefix = "//jsonz:";
    private const int ChunkLength = 120;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Encode(string markdown, string json)
    {
        var builder = new StringBuilder();
        Append(builder, MarkdownPrefix, markdown);
        Append(builder, JsonPrefix, json);
        return builder.ToString();
    }

    /// <summary>Reads back the documents; <see langword="null"/> where a document is missing.</summary>
    /// <exception cref="FormatException">A document is not what <see cref="Encode"/> writes (damaged or truncated).</exception>
    public static (string? Markdown, string? Json) Decode(IEnumerable<string> lines)
    {
        var markdown = new StringBuilder();
        var json = new StringBuilder();
        bool sawMarkdown = false, sawJson = false;
        foreach (var line in lines)
        {
            if (line.StartsWith(MarkdownPrefix, StringComparison.Ordinal))
            {
                sawMarkdown = true;
                markdown.Append(line, MarkdownPrefix.Length, line.Length - MarkdownPrefix.Length);
            }
            else if (line.StartsWith(JsonPrefix, StringComparison.Ordinal))
            {
                sawJson = true;
                json.Append(line, JsonPrefix.Length, line.Length - JsonPrefix.Length);
            }
        }

        return (sawMarkdown ? Text(markdown) : null, sawJson ? Text(json) : null);
    }

    private static string Text(StringBuilder base64)
    {
        var bytes = Convert.FromBase64String(base64.ToString().Trim());
        if (bytes.Length == 0)
        {
            return string.Empty;
        }

        try
        {
            using var text = new MemoryStream();
            using (var gzip = new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress))
            {
                gzip.CopyTo(text);
            }

            // GZipStream stops quietly at the end of a document cut short: its trailer's length (ISIZE) says whether all arrived.
            long length = bytes.Length < 18 ? -1 : BitConverter.ToUInt32(bytes, bytes.Length - 4);
            if (length != (text.Length & 0xFFFFFFFF))
            {
                throw new FormatException("the document is incomplete");
            }

            return Utf8.GetString(text.GetBuffer(), 0, (int)text.Length);
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException or EndOfStreamException)
        {
            throw new FormatException(e.Message, e);
        }
    }

    private static byte[] Compress(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(gzip, Utf8, bufferSize: 1 << 14))
        {
            writer.Write(text);
        }

        return output.ToArray();
    }

    private static void Append(StringBuilder builder, string prefix, string text)
    {
#if !PIIGUARD_TASKS
        // A lone surrogate that reached a document unescaped would become U+FFFD in UTF-8: keep it visible instead.
        text = TextFormat.Visible(text);
#endif
        var base64 = text.Length == 0 ? string.Empty : Convert.ToBase64String(Compress(text));
        if (base64.Length == 0)
        {
            builder.Append(prefix).Append('\n');
            return;
        }

        for (var i = 0; i < base64.Length; i += ChunkLength)
        {
            builder.Append(prefix).Append(base64, i, Math.Min(ChunkLength, base64.Length - i)).Append('\n');
        }
    }
}
