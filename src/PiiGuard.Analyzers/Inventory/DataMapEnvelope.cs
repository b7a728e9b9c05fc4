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

    /// <summary>The first line of the map file the build hands the analyzer (<c>_PiiGuardMapFile</c>): its format.</summary>
    public const string FileHeader = "//piiguard-map:1";

    /// <summary>
    /// The map file's line that counts discovery's suggestions (PII0008), written when the build has no error log to
    /// count them in.
    /// </summary>
    public const string SuggestionsPrefix = "//suggestions:";

    public const string MarkdownPrefix = "//mdz:";
    public const string JsonPrefix = "//jsonz:";
    private const int ChunkLength = 120;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Encode(string markdown, string json) => Encode(() => new StringBuilder(markdown), () => new StringBuilder(json));

    /// <summary>
    /// The envelope of two documents, each rendered only when its turn comes and compressed straight from the builder it
    /// was rendered into: no document is ever copied into one string (on a large map each would be tens of megabytes that
    /// the collector frees only in a full collection).
    /// </summary>
    public static string Encode(Func<StringBuilder> markdown, Func<StringBuilder> json)
    {
        var builder = new StringBuilder();
        Append(builder, MarkdownPrefix, Compress(markdown()));
        Append(builder, JsonPrefix, Compress(json()));
        return builder.ToString();
    }

    /// <summary>
    /// The text of the map file: the header, the envelope (none when nothing is declared) and, when counted, the number of
    /// discovery's suggestions.
    /// </summary>
    public static string FileText(string? envelope, int? suggestions)
    {
        var text = new StringBuilder(FileHeader).Append('\n');
        if (envelope is not null)
        {
            text.Append(envelope);
        }

        if (suggestions is { } count)
        {
            text.Append(SuggestionsPrefix).Append(count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
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

    // Empty for an empty document. A lone surrogate that reached a document unescaped would become U+FFFD in UTF-8 (or
    // fail the strict encoder): it is written as \uXXXX instead, visibly.
    private static byte[] Compress(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return Array.Empty<byte>();
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(gzip, Utf8, bufferSize: 1 << 14))
        {
            var buffer = new char[8192];
            for (var start = 0; start < text.Length;)
            {
                var count = Math.Min(buffer.Length, text.Length - start);
                text.CopyTo(start, buffer, 0, count);
                if (count > 1 && start + count < text.Length && char.IsHighSurrogate(buffer[count - 1]))
                {
                    // A pair cut by the end of the piece is written whole with the next piece.
                    count--;
                }

#if PIIGUARD_TASKS
                writer.Write(buffer, 0, count);
#else
                TextFormat.WriteVisible(writer, buffer, count);
#endif
                start += count;
            }
        }

        return output.ToArray();
    }

    // 90 bytes make 120 base64 characters without padding: the lines are the chunks of one base64 text.
    private static void Append(StringBuilder builder, string prefix, byte[] compressed)
    {
        if (compressed.Length == 0)
        {
            builder.Append(prefix).Append('\n');
            return;
        }

        const int BytesPerLine = ChunkLength / 4 * 3;
        var line = new char[ChunkLength];
        for (var i = 0; i < compressed.Length; i += BytesPerLine)
        {
            var length = Convert.ToBase64CharArray(compressed, i, Math.Min(BytesPerLine, compressed.Length - i), line, 0);
            builder.Append(prefix).Append(line, 0, length).Append('\n');
        }
    }
}
