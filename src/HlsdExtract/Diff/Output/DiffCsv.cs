using System.Globalization;
using HlsdExtract.Export.Tables;

namespace HlsdExtract.Diff.Output;

/// <summary><c>diff.csv</c>: one row per aligned fact, with both values, both source sentences and both block ids.</summary>
public static class DiffCsv
{
    public static readonly Table<DiffLine> Table = new("diff.csv",
    [
        new("older_doc", CellKind.Text, r => r.Report.Older.DocId),
        new("newer_doc", CellKind.Text, r => r.Report.Newer.DocId),
        new("status", CellKind.Text, r => DiffOrder.Status(r.Fact.Status)),
        new("goal", CellKind.Text, r => r.Fact.Goal),
        new("topic", CellKind.Text, r => r.Fact.Topic),
        new("operation", CellKind.Text, r => r.Fact.Operation),
        new("item", CellKind.Text, r => r.Fact.Item),
        new("unit", CellKind.Text, r => r.Fact.Unit),
        new("older_value", CellKind.Number, r => r.Fact.Older?.Value),
        new("newer_value", CellKind.Number, r => r.Fact.Newer?.Value),
        new("change", CellKind.Number, r => r.Fact.Change),
        new("percent_change", CellKind.Number, r => r.Fact.PercentChange),
        new("older_text", CellKind.Text, r => r.Fact.Older?.Text),
        new("newer_text", CellKind.Text, r => r.Fact.Newer?.Text),
        new("older_sentence", CellKind.Text, r => r.Fact.Older?.Sentence),
        new("newer_sentence", CellKind.Text, r => r.Fact.Newer?.Sentence),
        new("older_block_id", CellKind.Text, r => r.Fact.Older?.BlockId),
        new("newer_block_id", CellKind.Text, r => r.Fact.Newer?.BlockId),
        new("score", CellKind.Number, r => Score(r.Fact.Score)),
        new("why", CellKind.Text, r => r.Fact.Why.Count > 0 ? string.Join("; ", r.Fact.Why) : null),
    ]);

    public static IEnumerable<DiffLine> Rows(IEnumerable<DiffReport> reports) =>
        reports.SelectMany(report => DiffOrder.Facts(report).Select(f => new DiffLine(report, f)));

    public static byte[] ToBytes(IEnumerable<DiffReport> reports) => Export.Csv.CsvTableWriter.ToBytes(Table, Rows(reports));

    /// <summary>The alignment score to two places, as the reports show it.</summary>
    private static decimal? Score(double? score) =>
        score is { } s ? decimal.Parse(s.ToString("0.##", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;
}
