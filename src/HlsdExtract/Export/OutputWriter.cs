using HlsdExtract.Model;

namespace HlsdExtract.Export;

/// <summary>Writes a batch's outputs: one JSON per document and the combined CSV tables, each atomically.</summary>
public static class OutputWriter
{
    public static string JsonPath(string outputDir, Document doc) => Path.Combine(outputDir, doc.DocId + ".json");

    public static void WriteDocument(string outputDir, Document doc) =>
        AtomicFile.Write(JsonPath(outputDir, doc), stream => DocumentJsonWriter.Write(stream, doc), onlyIfChanged: true);

    public static void WriteTables(string outputDir, IEnumerable<Document> documents, IEnumerable<ErrorRecord> errors)
    {
        foreach (var table in CsvTables.Build(documents, errors))
        {
            AtomicFile.WriteIfChanged(Path.Combine(outputDir, table.FileName), CsvTableWriter.ToBytes(table));
        }
    }
}
