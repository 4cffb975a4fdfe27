using CsvHelper;
using HlsdExtract.Export;

namespace HlsdExtract.Batch;

/// <summary>A CSV table being streamed to a temporary file next to its target; committed atomically or discarded.</summary>
internal sealed class PendingTable : IDisposable
{
    private readonly string _target;
    private readonly string _temp;
    private readonly FileStream _stream;
    private readonly CsvWriter _csv;
    private bool _done;

    public PendingTable(string target, IReadOnlyList<string> header)
    {
        _target = target;
        var dir = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(dir);
        _temp = Path.Combine(dir, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + AtomicFile.TempSuffix);
        _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        _csv = CsvTableWriter.Open(_stream, header);
    }

    public void Append(IEnumerable<string?[]> rows)
    {
        CsvTableWriter.WriteRows(_csv, rows);
        _csv.Flush();
    }

    /// <summary>Moves the table over its target unless the target already holds the same bytes.</summary>
    public void Commit()
    {
        _csv.Dispose();
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        _done = true;
        if (!AtomicFile.SameFiles(_temp, _target))
        {
            File.Move(_temp, _target, overwrite: true);
        }
    }

    private static void Quietly(Action close)
    {
        try
        {
            close();
        }
        catch (IOException)
        {
            // The write that failed already reported the problem.
        }
    }

    /// <summary>Deletes the temporary file unless committed; a write that already failed (a full disk) may fail again on close, and is ignored here.</summary>
    public void Dispose()
    {
        try
        {
            if (!_done)
            {
                Quietly(_csv.Dispose);
                Quietly(_stream.Dispose);
            }
        }
        finally
        {
            if (File.Exists(_temp))
            {
                File.Delete(_temp);
            }
        }
    }
}
