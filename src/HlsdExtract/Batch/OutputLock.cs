using System.Diagnostics;
using System.Globalization;

namespace HlsdExtract.Batch;

/// <summary>
/// One writer per output folder: <c>.hlsd/lock</c> is held open exclusively (an OS file lock, which
/// a killed process loses at once) and it and <c>.hlsd/lock.pid</c> name its holder's pid. A second run gets
/// <see cref="OutputLockedException"/> naming the holder; a lock file left by a dead process (its pid
/// no longer runs) is stale and taken over.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _pidPath;

    private OutputLock(FileStream stream, string pidPath)
    {
        _stream = stream;
        _pidPath = pidPath;
    }

    public static string PathIn(string outputDirectory) => Path.Combine(outputDirectory, Manifest.StateFolder, "lock");

    private static string PidPathIn(string outputDirectory) => Path.Combine(outputDirectory, Manifest.StateFolder, "lock.pid");

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
        catch (IOException ex) when (HeldElsewhere(ex))
        {
            throw new OutputLockedException(outputDirectory, OwnerOf(outputDirectory));
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
        File.WriteAllBytes(PidPathIn(outputDirectory), text);
        return new OutputLock(stream, PidPathIn(outputDirectory));
    }

    /// <summary>
    /// Whether the exclusive open failed because another process holds the lock (a sharing
    /// violation: EWOULDBLOCK from flock on Linux and macOS, ERROR_SHARING_VIOLATION on Windows),
    /// not because the folder is read-only or the disk full, which keep their own error.
    /// </summary>
    private static bool HeldElsewhere(IOException ex) =>
        (ex.HResult & 0xFFFF) == 32 || (!OperatingSystem.IsWindows() && ex.HResult == (OperatingSystem.IsLinux() ? 11 : 35));

    /// <summary>Where the OS lock holds (Linux, macOS, Windows), an openable lock file is never held by a live run.</summary>
    private static bool OsLocksFiles => Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING") is not ("1" or "true");

    /// <summary>The pid the holder wrote beside its lock (the locked file itself cannot be read while held).</summary>
    private static int? OwnerOf(string outputDirectory)
    {
        try
        {
            var text = File.ReadAllText(PidPathIn(outputDirectory)).Trim();
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
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

    /// <summary>
    /// Deletes the pid file, empties the lock file and releases the lock (in that order, while it is
    /// still held). The lock file stays: deleting it could unlink a lock a next run already took.
    /// </summary>
    public void Dispose()
    {
        File.Delete(_pidPath);
        _stream.SetLength(0);
        _stream.Dispose();
    }
}
