using HlsdExtract.Export.Csv;

namespace HlsdExtract.Tests.Support;

/// <summary>A CSV the tool wrote, read back as rows keyed by column name (escaping undone).</summary>
internal static class CsvFile
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        var header = CsvTableReader.Header(path);
        return CsvTableReader.Rows(path)
            .Select(row => header.Select((h, i) => (h, v: row[i] ?? "")).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal))
            .ToList();
    }
}
