using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HlsdExtract.Common;
using HlsdExtract.Export.Tables;

namespace HlsdExtract.Export.Workbook;

/// <summary>
/// Writes an .xlsx for analysts with the Open XML SDK, streaming each sheet: each cell as its typed
/// value is (numbers as numeric cells, <see cref="DateOnly"/> as date cells, the rest as text), a bold frozen header row,
/// an autofilter and column widths from the content.
/// </summary>
public static class WorkbookWriter
{
    private const int MaxCellChars = 32_000;
    private const uint DateStyle = 1;
    private const uint HeaderStyle = 2;

    /// <summary>Writes the workbook to <paramref name="output"/> (which may be write-only: the package is built in memory, then copied with fixed entry times so equal content gives equal bytes).</summary>
    public static void Write(Stream output, IReadOnlyList<SheetSpec> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            WriteParts(document, sheets);
        }

        buffer.Position = 0;
        DeterministicZip.Copy(buffer, output);
    }

    private static void WriteParts(SpreadsheetDocument document, IReadOnlyList<SheetSpec> sheets)
    {
        var book = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdBook");
        book.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        book.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = WorkbookStyles.Create();
        var sheetList = book.Workbook.AppendChild(new Sheets());
        var filters = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var part = book.AddNewPart<WorksheetPart>("rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture));
            var rows = WriteSheet(part, sheets[i], first: i == 0);
            sheetList.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = sheets[i].Name });
            filters.Append(new DefinedName($"'{sheets[i].Name}'!$A$1:${Column(sheets[i].Header.Count - 1)}${rows}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
        }

        book.Workbook.Append(filters);
    }

    /// <summary>Writes one worksheet; returns its row count (header included).</summary>
    private static int WriteSheet(WorksheetPart part, SheetSpec sheet, bool first)
    {
        var widths = sheet.Header.Select(h => (double)h.Length + 4).ToArray();
        foreach (var row in sheet.Rows())
        {
            for (var c = 0; c < widths.Length; c++)
            {
                widths[c] = Math.Max(widths[c], Math.Min(60, (CellText.Of(row[c])?.Length ?? 0) + 2));
            }
        }

        using var w = OpenXmlWriter.Create(part);
        w.WriteStartElement(new Worksheet());
        var pane = new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen };
        w.WriteElement(new SheetViews(new SheetView(pane, new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            WorkbookViewId = 0,
            TabSelected = first,
        }));
        w.WriteElement(new Columns(widths.Select((width, c) => new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Round(width, 1), CustomWidth = true })));
        w.WriteStartElement(new SheetData());
        WriteRow(w, 1, sheet.Header.Select(h => Text(h, HeaderStyle)));
        var index = 1;
        foreach (var row in sheet.Rows())
        {
            index++;
            WriteRow(w, index, row.Select(v => Cell(v)));
        }

        w.WriteEndElement();
        w.WriteElement(new AutoFilter { Reference = $"A1:{Column(sheet.Header.Count - 1)}{index}" });
        w.WriteEndElement();
        return index;
    }

    private static void WriteRow(OpenXmlWriter w, int index, IEnumerable<Cell> cells)
    {
        w.WriteStartElement(new Row { RowIndex = (uint)index });
        var c = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = Column(c++) + index.ToString(CultureInfo.InvariantCulture);
            w.WriteElement(cell);
        }

        w.WriteEndElement();
    }

    private static Cell Cell(object? value) => value switch
    {
        null or "" => new Cell(),
        int i => Number(i),
        decimal d => Number(Numbers.Canonical(d)),
        double d => Number(decimal.Parse(Numbers.Format(d), CultureInfo.InvariantCulture)),
        DateOnly date => new Cell { CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()), StyleIndex = DateStyle },
        _ => Text(CellText.Of(value)!, 0),
    };

    private static Cell Number(decimal value) => new() { CellValue = new CellValue(value), DataType = CellValues.Number };

    private static Cell Text(string value, uint style)
    {
        var clean = XmlText.Clean(value.Length > MaxCellChars ? value[..MaxCellChars] + "..." : value);
        return new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(clean) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = style == 0 ? null : style };
    }

    /// <summary>Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }
}
