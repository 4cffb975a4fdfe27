namespace HlsdExtract.Export;

/// <summary>Writes a file under a temporary name in the same folder, then renames it over the target.</summary>
public static class AtomicFile
{
    public const string TempSuffix = ".tmp-hlsd";

    public static void Write(string path, Action<Stream> write)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + TempSuffix);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>True when <paramref name="path"/> already holds exactly <paramref name="bytes"/>.</summary>
    public static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (!File.Exists(path) || new FileInfo(path).Length != bytes.Length)
        {
            return false;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    /// <summary>Writes <paramref name="bytes"/> atomically unless the file already holds them.</summary>
    public static bool WriteIfChanged(string path, byte[] bytes)
    {
        if (SameBytes(path, bytes))
        {
            return false;
        }

        Write(path, s => s.Write(bytes));
        return true;
    }
}
