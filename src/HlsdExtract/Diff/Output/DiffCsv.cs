using HlsdExtract.Common;
using HlsdExtract.Export;
using HlsdExtract.Model;

namespace HlsdExtract.Diff.Output;

/// <summary><c>diff.csv</c>: one row per aligned fact, with both values, both source sentences and both block ids.</summary>
public static class DiffCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "older_doc", "newer_doc", "status", "goal", "topic", "operation", "item", "unit", "older_value", "newer_value",
        "change", "percent_change", "older_text", "newer_text", "older_sentence", "newer_sentence", "older_block_id", "newer_block_id", "score", "why",
    ];

    public static CsvTable Build(IEnumerable<DiffReport> reports)
    {
        var table = new CsvTable("diff.csv", Header);
        foreach (var report in reports)
        {
            foreach (var f in DiffOrder.Facts(report))
            {
                table.Add(
                    report.Older.DocId, report.Newer.DocId, DiffOrder.Status(f.Status), f.Goal, f.Topic, f.Operation, f.Item, f.Unit,
                    Num(f.Older?.Value), Num(f.Newer?.Value), Num(f.Change), Num(f.PercentChange),
                    f.Older?.Text, f.Newer?.Text, f.Older?.Sentence, f.Newer?.Sentence, f.Older?.BlockId, f.Newer?.BlockId,
                    f.Score?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), f.Why.Count > 0 ? string.Join("; ", f.Why) : null);
            }
        }

        return table;
    }

    private static string? Num(decimal? value) => value is { } v ? Numbers.Format(v) : null;
}
