using HlsdExtract.Common;
using HlsdExtract.Export;
using HlsdExtract.Export.Workbook;
using HlsdExtract.Model;

namespace HlsdExtract.Diff.Output;

/// <summary><c>diff.xlsx</c>: sheets Documents, Facts, Entities and Dates for both sides of every pair, and Diff.</summary>
public static class DiffWorkbook
{
    public const string FileName = "diff.xlsx";

    public static string Write(string outputDirectory, IReadOnlyList<DiffReport> reports)
    {
        var documents = reports.SelectMany(r => new[] { r.Older, r.Newer }).DistinctBy(d => d.DocId).ToList();
        var diff = DiffCsv.Build(reports);
        var specs = new List<SheetSpec>
        {
            SheetSpec.ByColumnNames("Documents", ["doc_id", "source_path", "title", "meeting_date", "year"],
                () => documents.Select(d => new[] { d.DocId, d.Path, d.Title, d.MeetingDate, d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) })),
            SheetSpec.ByColumnNames("Facts", ["doc_id", "goal", "topic", "heading", "operation", "item", "unit", "value", "text", "sentence", "block_id"],
                () => documents.SelectMany(d => d.Facts.Select(f => new[] { d.DocId, f.Goal, f.Topic, f.Heading, f.Operation, f.Item, f.Unit, Numbers.Format(f.Value), f.Text, f.Sentence, f.BlockId }))),
            SheetSpec.ByColumnNames("Entities", ["doc_id", "type", "canonical"],
                () => documents.SelectMany(d => Names(d, EntityKind.Operation.Name, d.Operations).Concat(Names(d, EntityKind.Agency.Name, d.Agencies)).Concat(Names(d, EntityKind.Program.Name, d.Programs)))),
            SheetSpec.ByColumnNames("Dates", ["doc_id", "kind", "normalized"],
                () => documents.Where(d => d.MeetingDate is not null).Select(d => new[] { d.DocId, "meeting", d.MeetingDate })),
            SheetSpec.ByColumnNames("Diff", diff.Header, () => diff.Rows),
        };
        var path = Path.Combine(outputDirectory, FileName);
        AtomicFile.Write(path, stream => WorkbookWriter.Write(stream, specs), onlyIfChanged: true);
        return path;
    }

    private static IEnumerable<string?[]> Names(DiffDocument d, string type, IEnumerable<string> names) =>
        names.Select(n => new string?[] { d.DocId, type, n });
}
