using HlsdExtract.Common;
using HlsdExtract.Export;
using HlsdExtract.Model;

namespace HlsdExtract.Diff.Output;

/// <summary><c>trend.csv</c>: one row per fact followed across the readouts, one value column per readout (its year).</summary>
public static class TrendCsv
{
    public const string FileName = "trend.csv";

    public static IReadOnlyList<string> Header(TrendReport report) =>
        ["goal", "topic", "operation", "item", "unit", .. report.Columns, "change", "percent_change", "item_wordings", "latest_sentence"];

    public static CsvTable Build(TrendReport report)
    {
        var table = new CsvTable(FileName, Header(report));
        foreach (var row in report.Rows)
        {
            var (first, last) = (row.Values.First(v => v is not null)!, row.Values.Last(v => v is not null)!);
            var percent = first.Value != 0 ? Math.Round((last.Value - first.Value) / first.Value * 100m, 1) : (decimal?)null;
            table.Add([
                row.Goal, row.Topic, row.Operation, row.Item, row.Unit,
                .. row.Values.Select(v => v is null ? null : Numbers.Format(v.Value)),
                Numbers.Format(last.Value - first.Value), percent is { } p ? Numbers.Format(p) : null, row.Wordings, last.Sentence,
            ]);
        }

        return table;
    }
}
