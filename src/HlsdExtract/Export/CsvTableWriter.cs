using System.Globalization;
using CsvHelper;

namespace HlsdExtract.Export;

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

    public static byte[] ToBytes(CsvTable table)
    {
        using var buffer = new MemoryStream();
        using (var csv = Open(buffer, table.Header))
        {
            WriteRows(csv, table.Rows);
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
