using CsvHelper;

namespace HlsdExtract.Export.Csv;

/// <summary>A CSV table being streamed to a temporary file next to its target (a <see cref="PendingFile"/>); committed atomically or discarded.</summary>
internal sealed class PendingTable : IDisposable
{
    private readonly PendingFile _file;
    private readonly FileStream _stream;
    private readonly CsvWriter _csv;
    private bool _closed;

    public PendingTable(string target, IReadOnlyList<string> header)
    {
        var temp = AtomicFile.TempPathFor(target);
        _file = new PendingFile(temp, target);
        _stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
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
        _closed = true;
        _file.Commit();
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
            if (!_closed)
            {
                Quietly(_csv.Dispose);
                Quietly(_stream.Dispose);
            }
        }
        finally
        {
            _file.Dispose();
        }
    }
}
