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

    /// <summary>The rows file of a document: its id is unique per input path, so is this name.</summary>
    public static string FileNameFor(string docId) => docId + ".json";

    public static string PathOf(string outputDirectory, string fileName) => Path.Combine(Folder(outputDirectory), fileName);

    public static void Write(Stream stream, IReadOnlyList<CsvTable> tables)
    {
        using (var w = new Utf8JsonWriter(stream))
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
            return Read(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    /// <summary>Reads tables of rows of string cells ([[[cell, ...], ...], ...]) with a forward-only reader (no document tree).</summary>
    private static List<List<string?[]>> Read(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        var tables = new List<List<string?[]>>();
        var cells = new List<string?>();
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    depth++;
                    if (depth == 2)
                    {
                        tables.Add([]);
                    }

                    break;
                case JsonTokenType.EndArray:
                    if (depth == 3)
                    {
                        tables[^1].Add([.. cells]);
                        cells.Clear();
                    }

                    depth--;
                    break;
                case JsonTokenType.String or JsonTokenType.Null when depth == 3:
                    cells.Add(reader.GetString());
                    break;
                default:
                    throw new JsonException("unexpected token in a row cache");
            }
        }

        return depth == 0 ? tables : throw new JsonException("truncated row cache");
    }

    public static bool Exists(string outputDirectory, string fileName) => File.Exists(Path.Combine(Folder(outputDirectory), fileName));

    public static void Delete(string outputDirectory, string fileName) => File.Delete(Path.Combine(Folder(outputDirectory), fileName));
}
