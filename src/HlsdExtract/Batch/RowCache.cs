using System.Text.Json;
using HlsdExtract.Export;

namespace HlsdExtract.Batch;

/// <summary>
/// Each document's CSV rows, kept in <c>&lt;output&gt;/.hlsd/rows/</c> so a re-run can rebuild the
/// combined tables without re-extracting unchanged inputs, and a batch never holds every document.
/// </summary>
public static class RowCache
{
    public static string Folder(string outputDirectory) => Path.Combine(outputDirectory, Manifest.StateFolder, "rows");

    /// <summary>A file name unique per (input path, content): two copies of one file at two paths keep their own source_path.</summary>
    public static string FileNameFor(string inputPath, string docId) =>
        docId + "-" + Ingest.DocIds.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(inputPath))[..8] + ".json";

    public static void Save(string outputDirectory, string fileName, IReadOnlyList<CsvTable> tables)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var table in tables)
            {
                w.WriteStartArray();
                foreach (var row in table.Rows)
                {
                    w.WriteStartArray();
                    foreach (var cell in row)
                    {
                        w.WriteStringValue(cell);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
        }

        AtomicFile.WriteIfChanged(Path.Combine(Folder(outputDirectory), fileName), buffer.ToArray());
    }

    /// <summary>The cached rows, one list per table in <see cref="CsvTables.Empty"/>'s order; null when missing or damaged.</summary>
    public static List<List<string?[]>>? TryLoad(string outputDirectory, string fileName)
    {
        var path = Path.Combine(Folder(outputDirectory), fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return json.RootElement.EnumerateArray()
                .Select(t => t.EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()).ToArray()).ToList())
                .ToList();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    public static bool Exists(string outputDirectory, string fileName) => File.Exists(Path.Combine(Folder(outputDirectory), fileName));

    public static void Delete(string outputDirectory, string fileName) => File.Delete(Path.Combine(Folder(outputDirectory), fileName));
}
