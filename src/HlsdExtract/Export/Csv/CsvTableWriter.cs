using System.Globalization;
using CsvHelper;
using HlsdExtract.Export.Tables;

namespace HlsdExtract.Export.Csv;

/// <summary>
/// RFC 4180 CSV through CsvHelper: UTF-8 with a byte order mark (so Excel, opening the file by
/// double-click, reads accents and dashes as UTF-8), invariant culture, CRLF records, cells
/// escaped by <see cref="CsvCells"/> so a spreadsheet never evaluates one and a reader can undo it.
/// </summary>
public static class CsvTableWriter
{
    internal static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.None,
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = true,
    };

    /// <summary>A typed table's rows, each cell the invariant text of its column's value.</summary>
    public static byte[] ToBytes<TRow>(Table<TRow> table, IEnumerable<TRow> rows) => ToBytes(table.Header, rows.Select(table.Texts));

    public static byte[] ToBytes(IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = Open(buffer, header))
        {
            WriteRows(csv, rows);
        }

        return buffer.ToArray();
    }

    /// <summary>A writer on <paramref name="stream"/> (left open) with the header written.</summary>
    public static CsvWriter Open(Stream stream, IReadOnlyList<string> header)
    {
        var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        csv.WriteHeader(header.ToArray());
        return csv;
    }

    public static void WriteRows(CsvWriter csv, IEnumerable<string?[]> rows)
    {
        foreach (var row in rows)
        {
            csv.WriteRecord(row.Select(CsvCells.Escape).ToArray());
        }
    }
}
