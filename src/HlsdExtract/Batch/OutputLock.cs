using System.Diagnostics;
using System.Globalization;

namespace HlsdExtract.Batch;

/// <summary>
/// One writer per output folder: <c>.hlsd/lock</c> is held open exclusively (an OS file lock, which
/// a killed process loses at once) and names its holder's pid. A second run gets
/// <see cref="OutputLockedException"/> naming the holder; a lock file left by a dead process (its pid
/// no longer runs) is stale and taken over.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public static string PathIn(string outputDirectory) => Path.Combine(outputDirectory, Manifest.StateFolder, "lock");

    /// <summary>Takes the folder's lock or throws <see cref="OutputLockedException"/> when a live run holds it.</summary>
    public static OutputLock Acquire(string outputDirectory)
    {
        var path = PathIn(outputDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (HeldElsewhere(path))
        {
            throw new OutputLockedException(outputDirectory, OwnerOf(path));
        }

        var owner = ReadPid(stream);
        if (owner is { } pid && pid != Environment.ProcessId && IsRunning(pid) && !OsLocksFiles)
        {
            stream.Dispose();
            throw new OutputLockedException(outputDirectory, pid);
        }

        stream.SetLength(0);
        var text = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        stream.Write(text);
        stream.Flush(flushToDisk: true);
        return new OutputLock(stream);
    }

    /// <summary>
    /// Whether the exclusive open failed because another process holds the lock: the file opens for
    /// writing without asking for a lock. A read-only folder or a full disk fails this too, and keeps its own error.
    /// </summary>
    private static bool HeldElsewhere(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Where the OS lock holds (Linux, macOS, Windows), an openable lock file is never held by a live run.</summary>
    private static bool OsLocksFiles => Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING") is not ("1" or "true");

    private static int? OwnerOf(string path)
    {
        try
        {
            // The holder's exclusive lock is advisory: reading the pid through a raw handle still works.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[32];
            var n = RandomAccess.Read(handle, buffer, 0);
            return int.TryParse(System.Text.Encoding.ASCII.GetString(buffer, 0, n).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static int? ReadPid(FileStream stream)
    {
        var buffer = new byte[32];
        var n = stream.Read(buffer);
        stream.Position = 0;
        return int.TryParse(System.Text.Encoding.ASCII.GetString(buffer, 0, n).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Empties the file and releases the lock. The file stays: deleting it could unlink a lock a next run already took.</summary>
    public void Dispose()
    {
        _stream.SetLength(0);
        _stream.Dispose();
    }
}
