using System.Globalization;
using CsvHelper;

namespace HlsdExtract.Export;

/// <summary>
/// RFC 4180 CSV through CsvHelper: UTF-8 without BOM, invariant culture, CRLF records, and
/// formula-injection escaping on, so a spreadsheet shows a cell that begins with = + - @ tab or CR
/// as text and never evaluates it.
/// </summary>
public static class CsvTableWriter
{
    internal static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
    };

    public static byte[] ToBytes(CsvTable table)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader(table.Header.ToArray());
            foreach (var row in table.Rows)
            {
                csv.WriteRecord(row.Select(c => c ?? string.Empty).ToArray());
            }
        }

        return buffer.ToArray();
    }
}
