using HlsdExtract.Export;
using HlsdExtract.Export.Tables;
using HlsdExtract.Export.Workbook;

namespace HlsdExtract.Diff.Output;

/// <summary><c>trend.xlsx</c>: sheet Trend (a numeric column per year) and sheet Documents.</summary>
public static class TrendWorkbook
{
    public const string FileName = "trend.xlsx";

    private static readonly Table<(string Column, DiffDocument Doc)> Documents = new("Documents",
    [
        new("column", CellKind.Text, r => r.Column),
        new("doc_id", CellKind.Text, r => r.Doc.DocId),
        new("source_path", CellKind.Text, r => r.Doc.Path),
        new("title", CellKind.Text, r => r.Doc.Title),
        new("meeting_date", CellKind.Date, r => CellText.DateOrText(r.Doc.MeetingDate)),
    ]);

    public static string Write(string outputDirectory, TrendReport report)
    {
        var specs = new List<SheetSpec>
        {
            SheetSpec.Of("Trend", TrendCsv.Table(report), () => report.Rows),
            SheetSpec.Of("Documents", Documents, () => report.Documents.Select((d, i) => (report.Columns[i], d))),
        };
        var path = Path.Combine(outputDirectory, FileName);
        AtomicFile.Write(path, stream => WorkbookWriter.Write(stream, specs), onlyIfChanged: true);
        return path;
    }
}
