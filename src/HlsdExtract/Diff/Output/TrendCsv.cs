using HlsdExtract.Export.Tables;

namespace HlsdExtract.Diff.Output;

/// <summary><c>trend.csv</c>: one row per fact followed across the readouts, one value column per readout (its year).</summary>
public static class TrendCsv
{
    public const string FileName = "trend.csv";

    /// <summary>The report's columns: the fact's names, a number column per readout, the change from first to last value, the wordings and the latest sentence.</summary>
    public static Table<TrendRow> Table(TrendReport report) => new(FileName,
    [
        new("goal", CellKind.Text, r => r.Goal),
        new("topic", CellKind.Text, r => r.Topic),
        new("operation", CellKind.Text, r => r.Operation),
        new("item", CellKind.Text, r => r.Item),
        new("unit", CellKind.Text, r => r.Unit),
        .. report.Columns.Select((name, i) => new Column<TrendRow>(name, CellKind.Number, r => r.Values[i]?.Value)),
        new("change", CellKind.Number, r => Last(r).Value - First(r).Value),
        new("percent_change", CellKind.Number, r => First(r).Value != 0 ? Math.Round((Last(r).Value - First(r).Value) / First(r).Value * 100m, 1) : null),
        new("item_wordings", CellKind.Text, r => r.Wordings),
        new("latest_sentence", CellKind.Text, r => Last(r).Sentence),
    ]);

    public static byte[] ToBytes(TrendReport report) => Export.Csv.CsvTableWriter.ToBytes(Table(report), report.Rows);

    private static DiffFact First(TrendRow row) => row.Values.First(v => v is not null)!;

    private static DiffFact Last(TrendRow row) => row.Values.Last(v => v is not null)!;
}
