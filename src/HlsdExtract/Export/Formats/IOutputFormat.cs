using HlsdExtract.Model;

namespace HlsdExtract.Export.Formats;

/// <summary>
/// One output format of <c>hlsd extract</c> (JSON, CSV tables, workbook, ...). The batch calls every
/// chosen format: <see cref="StageDocument"/> for each document as it is done (in parallel), then
/// <see cref="WriteCombined"/> once with every document's typed rows. A format writes per document,
/// combined, or both; the members it does not need do nothing. Register a new one in <c>Batch/OutputFormatList</c>.
/// </summary>
public interface IOutputFormat
{
    /// <summary>The name <c>--format</c> takes.</summary>
    string Name { get; }

    /// <summary>The files this format keeps for one document: the batch reuses a document only when they exist and deletes them when its input is gone.</summary>
    IReadOnlyList<string> DocumentFiles(string outputDirectory, string docId) => [];

    /// <summary>
    /// Writes one document's files under temporary names, each at most <paramref name="maxBytes"/>
    /// (else <see cref="OutputLimitException"/>); the batch commits them with the document's cached rows, or discards them.
    /// </summary>
    IReadOnlyList<PendingFile> StageDocument(string outputDirectory, Document document, long maxBytes) => [];

    /// <summary>Writes the files built from every document's rows (each atomically, only when its bytes change).</summary>
    void WriteCombined(string outputDirectory, BatchTables tables)
    {
    }
}
