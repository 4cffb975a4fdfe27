using HlsdExtract.Export;
using HlsdExtract.Export.Tables;
using HlsdExtract.Export.Workbook;
using HlsdExtract.Model;

namespace HlsdExtract.Diff.Output;

/// <summary><c>diff.xlsx</c>: sheets Documents, Facts, Entities and Dates for both sides of every pair, and Diff.</summary>
public static class DiffWorkbook
{
    public const string FileName = "diff.xlsx";

    private static readonly Table<DiffDocument> Documents = new("Documents",
    [
        new("doc_id", CellKind.Text, d => d.DocId),
        new("source_path", CellKind.Text, d => d.Path),
        new("title", CellKind.Text, d => d.Title),
        new("meeting_date", CellKind.Date, d => CellText.DateOrText(d.MeetingDate)),
        new("year", CellKind.Number, d => d.Year),
    ]);

    private static readonly Table<(DiffDocument Doc, DiffFact Fact)> Facts = new("Facts",
    [
        new("doc_id", CellKind.Text, r => r.Doc.DocId),
        new("goal", CellKind.Text, r => r.Fact.Goal),
        new("topic", CellKind.Text, r => r.Fact.Topic),
        new("heading", CellKind.Text, r => r.Fact.Heading),
        new("operation", CellKind.Text, r => r.Fact.Operation),
        new("item", CellKind.Text, r => r.Fact.Item),
        new("unit", CellKind.Text, r => r.Fact.Unit),
        new("value", CellKind.Number, r => r.Fact.Value),
        new("text", CellKind.Text, r => r.Fact.Text),
        new("sentence", CellKind.Text, r => r.Fact.Sentence),
        new("block_id", CellKind.Text, r => r.Fact.BlockId),
    ]);

    private static readonly Table<(DiffDocument Doc, string Type, string Name)> Entities = new("Entities",
    [
        new("doc_id", CellKind.Text, r => r.Doc.DocId),
        new("type", CellKind.Text, r => r.Type),
        new("canonical", CellKind.Text, r => r.Name),
    ]);

    private static readonly Table<DiffDocument> Dates = new("Dates",
    [
        new("doc_id", CellKind.Text, d => d.DocId),
        new("kind", CellKind.Text, _ => "meeting"),
        new("normalized", CellKind.Date, d => CellText.DateOrText(d.MeetingDate)),
    ]);

    public static string Write(string outputDirectory, IReadOnlyList<DiffReport> reports)
    {
        var documents = reports.SelectMany(r => new[] { r.Older, r.Newer }).DistinctBy(d => d.DocId).ToList();
        var specs = new List<SheetSpec>
        {
            SheetSpec.Of("Documents", Documents, () => documents),
            SheetSpec.Of("Facts", Facts, () => documents.SelectMany(d => d.Facts.Select(f => (d, f)))),
            SheetSpec.Of("Entities", Entities, () => documents.SelectMany(d => Names(d, EntityKind.Operation.Name, d.Operations).Concat(Names(d, EntityKind.Agency.Name, d.Agencies)).Concat(Names(d, EntityKind.Program.Name, d.Programs)))),
            SheetSpec.Of("Dates", Dates, () => documents.Where(d => d.MeetingDate is not null)),
            SheetSpec.Of("Diff", DiffCsv.Table, () => DiffCsv.Rows(reports)),
        };
        var path = Path.Combine(outputDirectory, FileName);
        AtomicFile.Write(path, stream => WorkbookWriter.Write(stream, specs), onlyIfChanged: true);
        return path;
    }

    private static IEnumerable<(DiffDocument, string, string)> Names(DiffDocument d, string type, IEnumerable<string> names) =>
        names.Select(n => (d, type, n));
}
