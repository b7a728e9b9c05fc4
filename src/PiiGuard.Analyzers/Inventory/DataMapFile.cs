using System;
using System.IO;
using System.Text;

namespace PiiGuard.Analyzers.Inventory;

/// <summary>
/// Hands the data map to the build in a file of the build's own (<c>_PiiGuardMapFile</c>, <c>obj/…/piiguard.map</c>),
/// which PiiGuard's MSBuild task reads after the compiler is done. The other way out of the compiler, its error log,
/// makes the compiler run and record every analyzer's Info rules as well (the SDK's included), which cost a plain build
/// a fifth to two fifths more than PiiGuard's own analysis (docs/performance.md, fifteenth and sixteenth sessions).
/// The file is written whole under a temporary name and moved into place, and only when its content changes; it is
/// written at every compilation that has the property set, so the task never reads a map of older code.
/// </summary>
internal static class DataMapFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>; the reason when it cannot, otherwise <see langword="null"/>.</summary>
    public static string? Write(string path, string text)
    {
#pragma warning disable RS1035 // File I/O: the build's hand-off file, set only by PiiGuard's own targets; never a user file.
        if (!Path.IsPathRooted(path))
        {
            return "the path is not absolute";
        }

        var bytes = Utf8.GetBytes(text);
        string? temporary = null;
        try
        {
            if (File.Exists(path) && Same(path, bytes))
            {
                return null;
            }

            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            if (File.Exists(path))
            {
                File.Replace(temporary, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, path);
            }

            temporary = null;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // No map of older code is left to be read as this code's, where the older file can be removed.
            try
            {
                File.Delete(path);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                // The warning the caller reports says the map files may not match the code.
            }

            return e.Message;
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left behind: named after the map file, so it is recognisable; the next build writes anew.
                }
            }
        }
#pragma warning restore RS1035
    }

    private static bool Same(string path, byte[] bytes)
    {
#pragma warning disable RS1035 // Reads back the build's hand-off file (see Write).
        var info = new FileInfo(path);
        if (info.Length != bytes.Length)
        {
            return false;
        }

        var existing = File.ReadAllBytes(path);
#pragma warning restore RS1035
        for (var i = 0; i < existing.Length; i++)
        {
            if (existing[i] != bytes[i])
            {
                return false;
            }
        }

        return true;
    }
}
