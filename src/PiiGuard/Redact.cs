using System;
using System.Security.Cryptography;
using System.Text;

namespace PiiGuard;

/// <summary>Ready-made redactors. Their results carry no personal data and may be logged.</summary>
public static class Redact
{
    /// <summary>Replaces every character but the last <paramref name="keepLast"/> with <c>*</c>.</summary>
    /// <param name="value">The value to mask; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="keepLast">How many trailing characters to keep (default 0).</param>
    /// <returns>The masked value.</returns>
    [PiiRedactor]
    public static string? Mask(string? value, int keepLast = 0)
    {
        if (value is null)
        {
            return null;
        }

        var keep = Math.Max(0, Math.Min(keepLast, value.Length));
        return new string('*', value.Length - keep) + value.Substring(value.Length - keep);
    }

    /// <summary>Erases the value entirely.</summary>
    /// <param name="value">The value to erase.</param>
    /// <returns>The constant <c>"[redacted]"</c>, or <see langword="null"/> for <see langword="null"/>.</returns>
    [PiiRedactor]
    public static string? Erase(object? value) => value is null ? null : "[redacted]";

    /// <summary>
    /// Hashes the value with HMAC-SHA256 under <paramref name="key"/>, so equal values can be correlated in logs
    /// without being recoverable by anyone who lacks the key.
    /// </summary>
    /// <param name="value">The value to hash.</param>
    /// <param name="key">The secret key; keep it out of the logs.</param>
    /// <returns>The lower-case hexadecimal hash, or <see langword="null"/> for <see langword="null"/>.</returns>
    [PiiRedactor]
    public static string? KeyedHash(string? value, byte[] key)
    {
        if (value is null)
        {
            return null;
        }

        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        using var hmac = new HMACSHA256(key);
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(value));
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
