using HlsdExtract.Export.Formats;
using HlsdExtract.Export.Tables;

namespace HlsdExtract.Export.Csv;

/// <summary>
/// The combined CSV tables (documents, blocks, entities, dates, quantities, errors): every
/// document's rows streamed in input order into temporary files that replace the old tables only
/// when their bytes differ.
/// </summary>
public sealed class CsvFormat : IOutputFormat
{
    public string Name => "csv";

    public void WriteCombined(string outputDirectory, BatchTables tables)
    {
        var tableList = ExtractionTables.PerDocument;
        var pending = tableList.Select(t => new PendingTable(Path.Combine(outputDirectory, t.FileName), t.Header)).ToList();
        try
        {
            // One pass over the documents: each one's rows go to the five tables at once.
            foreach (var document in tables.Documents())
            {
                for (var i = 0; i < pending.Count; i++)
                {
                    pending[i].Append(tableList[i].Texts(document));
                }
            }

            pending.ForEach(p => p.Commit());
        }
        finally
        {
            pending.ForEach(p => p.Dispose());
        }

        var errors = ExtractionTables.Errors;
        AtomicFile.WriteIfChanged(Path.Combine(outputDirectory, errors.FileName), CsvTableWriter.ToBytes(errors, tables.Errors));
    }
}
