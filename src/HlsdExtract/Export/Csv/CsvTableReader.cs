using CsvHelper;

namespace HlsdExtract.Export.Csv;

/// <summary>Reads back a CSV this tool wrote: the header, then rows with <see cref="CsvCells"/> escaping undone.</summary>
public static class CsvTableReader
{
    public static IReadOnlyList<string> Header(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true }, FileOptions.None);
        csv.Read();
        return csv.Headers.ToList();
    }

    public static IEnumerable<string?[]> Rows(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true }, FileOptions.None);
        while (csv.Read())
        {
            var row = new string?[csv.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = CsvCells.Unescape(csv.GetString(i));
            }

            yield return row;
        }
    }
}
