using HlsdExtract.Export;
using HlsdExtract.Export.Workbook;

namespace HlsdExtract.Diff.Output;

/// <summary><c>trend.xlsx</c>: sheet Trend (a numeric column per year) and sheet Documents.</summary>
public static class TrendWorkbook
{
    public const string FileName = "trend.xlsx";

    public static string Write(string outputDirectory, TrendReport report)
    {
        var trend = TrendCsv.Build(report);
        var years = report.Columns.ToHashSet(StringComparer.Ordinal);
        var kinds = trend.Header.Select(h => years.Contains(h) || h is "change" or "percent_change" ? CellKind.Number : CellKind.Text).ToList();
        var specs = new List<SheetSpec>
        {
            new("Trend", trend.Header, kinds, () => trend.Rows),
            SheetSpec.ByColumnNames("Documents", ["column", "doc_id", "source_path", "title", "meeting_date"],
                () => report.Documents.Select((d, i) => new[] { report.Columns[i], d.DocId, d.Path, d.Title, d.MeetingDate })),
        };
        var path = Path.Combine(outputDirectory, FileName);
        AtomicFile.Write(path, stream => WorkbookWriter.Write(stream, specs), onlyIfChanged: true);
        return path;
    }
}
