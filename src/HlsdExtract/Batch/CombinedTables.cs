using HlsdExtract.Export;

namespace HlsdExtract.Batch;

/// <summary>
/// Writes the combined CSV tables by streaming every document's cached rows, in input order, into
/// temporary files that replace the old tables only when their bytes differ.
/// </summary>
internal static class CombinedTables
{
    public static void Write(string outputDirectory, IReadOnlyList<ManifestEntry> documents, IReadOnlyList<ErrorRecord> errors)
    {
        var pending = CsvTables.Empty().Select(t => new PendingTable(Path.Combine(outputDirectory, t.FileName), t.Header)).ToList();
        try
        {
            // One pass over the cache: each document's rows go to the five tables at once.
            foreach (var entry in documents)
            {
                var rows = RowCache.TryLoad(outputDirectory, entry.RowsFile)
                    ?? throw new IOException($"the cached rows of {entry.Path} are missing; run again with --force");
                for (var i = 0; i < pending.Count; i++)
                {
                    pending[i].Append(rows[i]);
                }
            }

            pending.ForEach(p => p.Commit());
        }
        finally
        {
            pending.ForEach(p => p.Dispose());
        }

        AtomicFile.WriteIfChanged(Path.Combine(outputDirectory, "errors.csv"), CsvTableWriter.ToBytes(CsvTables.Errors(errors)));
    }
}
