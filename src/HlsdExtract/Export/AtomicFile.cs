namespace HlsdExtract.Export;

/// <summary>Writes a file under a temporary name in the same folder, then renames it over the target.</summary>
public static class AtomicFile
{
    public const string TempSuffix = ".tmp-hlsd";

    public static void Write(string path, Action<Stream> write) => Write(path, write, onlyIfChanged: false);

    /// <summary>
    /// Streams the content to a temporary file; renames it over <paramref name="path"/> unless the
    /// target already holds the same bytes (then the target, and its modification time, stay).
    /// Returns true when the target was replaced.
    /// </summary>
    public static bool Write(string path, Action<Stream> write, bool onlyIfChanged)
    {
        var temp = TempPathFor(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (onlyIfChanged && SameFiles(temp, path))
            {
                return false;
            }

            File.Move(temp, path, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Streams the content to a temporary file next to <paramref name="path"/> (at most
    /// <paramref name="maxBytes"/> bytes, else <see cref="OutputLimitException"/>) and returns it
    /// uncommitted; on any failure the temporary file is gone and the target untouched.
    /// </summary>
    public static PendingFile Prepare(string path, Action<Stream> write, long maxBytes)
    {
        var temp = TempPathFor(path);
        var pending = new PendingFile(temp, path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                using (var limited = new LimitedStream(stream, path, maxBytes))
                {
                    write(limited);
                    limited.Flush();
                }

                stream.Flush(flushToDisk: true);
            }

            return pending;
        }
        catch
        {
            pending.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A new temporary name next to <paramref name="path"/> (its folder created): hidden, unique, ending in
    /// <see cref="TempSuffix"/> so <see cref="DeleteStaleTemps"/> finds what an interrupted run left.
    /// </summary>
    internal static string TempPathFor(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + TempSuffix);
    }

    /// <summary>
    /// Deletes temporary files an interrupted run left in <paramref name="folder"/> (not below it).
    /// Call it only while holding the folder's lock: a live run's temporary files look the same.
    /// </summary>
    public static int DeleteStaleTemps(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var stale = Directory.GetFiles(folder, "*" + TempSuffix);
        foreach (var file in stale)
        {
            File.Delete(file);
        }

        return stale.Length;
    }

    /// <summary>True when both files exist and hold the same bytes.</summary>
    public static bool SameFiles(string a, string b)
    {
        if (!File.Exists(b) || new FileInfo(a).Length != new FileInfo(b).Length)
        {
            return false;
        }

        using var x = File.OpenRead(a);
        using var y = File.OpenRead(b);
        Span<byte> bx = stackalloc byte[8192];
        Span<byte> by = stackalloc byte[8192];
        while (true)
        {
            var n = x.ReadAtLeast(bx, bx.Length, throwOnEndOfStream: false);
            var m = y.ReadAtLeast(by, by.Length, throwOnEndOfStream: false);
            if (n != m || !bx[..n].SequenceEqual(by[..m]))
            {
                return false;
            }

            if (n == 0)
            {
                return true;
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
