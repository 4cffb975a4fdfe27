using System.Text.Json;
using HlsdExtract.Export.Tables;

namespace HlsdExtract.Batch;

/// <summary>
/// Each document's typed table rows (<see cref="DocumentTables"/>), kept in <c>&lt;output&gt;/.hlsd/rows/</c> so a re-run can rebuild the
/// combined tables without re-extracting unchanged inputs, and a batch never holds every document.
/// </summary>
public static class RowCache
{
    public static string Folder(string outputDirectory) => Path.Combine(outputDirectory, Manifest.StateFolder, "rows");

    /// <summary>The rows file of a document: its id is unique per input path, so is this name.</summary>
    public static string FileNameFor(string docId) => docId + ".json";

    public static string PathOf(string outputDirectory, string fileName) => Path.Combine(Folder(outputDirectory), fileName);

    public static void Write(Stream stream, DocumentTables tables) => JsonSerializer.Serialize(stream, tables, RowCacheJson.Default.DocumentTables);

    /// <summary>A document's cached rows; null when missing or damaged.</summary>
    public static DocumentTables? TryLoad(string outputDirectory, string fileName)
    {
        var path = Path.Combine(Folder(outputDirectory), fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, RowCacheJson.Default.DocumentTables);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or IOException)
        {
            return null;
        }
    }

    public static bool Exists(string outputDirectory, string fileName) => File.Exists(Path.Combine(Folder(outputDirectory), fileName));

    public static void Delete(string outputDirectory, string fileName) => File.Delete(Path.Combine(Folder(outputDirectory), fileName));
}
