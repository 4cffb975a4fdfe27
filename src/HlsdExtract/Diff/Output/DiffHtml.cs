using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace HlsdExtract.Diff.Output;

/// <summary>
/// <c>diff.html</c>: one self-contained page (inline CSS, inline SVG, no script, nothing fetched)
/// with, per pair, a bar chart of the largest changes and the summary tables.
/// </summary>
public static class DiffHtml
{
    private const string Style =
        "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1000px;color:#222}" +
        "table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}" +
        "td.n{text-align:right;white-space:nowrap}th{background:#f0f0f0}.up{color:#2e7d32}.down{color:#c62828}svg text{font:12px system-ui,sans-serif}";

    public static string Build(IReadOnlyList<DiffReport> reports)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Year-over-year diff</title>");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        html.Append("<style>").Append(Style).Append("</style></head><body>\n");
        if (reports.Count == 0)
        {
            html.Append("<p>No pair of readouts to compare.</p>");
        }

        foreach (var r in reports)
        {
            Pair(html, r);
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static void Pair(StringBuilder html, DiffReport r)
    {
        html.Append("<section class=\"pair\"><h1>").Append(E(DiffOrder.Side(r.Older))).Append(" → ").Append(E(DiffOrder.Side(r.Newer))).Append("</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>{r.With(FactStatus.Changed).Count()} figures changed, {r.With(FactStatus.Added).Count()} added, {r.With(FactStatus.Dropped).Count()} dropped, {r.With(FactStatus.Unchanged).Count()} unchanged.</p>\n");
        var top = DiffOrder.Top(r);
        if (top.Count > 0)
        {
            html.Append("<h2>Largest changes</h2>\n").Append(SvgBarChart.Build(top)).Append('\n');
            html.Append("<table class=\"top\"><tr><th>Topic</th><th>Operation</th><th>Item</th><th>").Append(E(DiffOrder.Year(r.Older))).Append("</th><th>").Append(E(DiffOrder.Year(r.Newer))).Append("</th><th>Change</th></tr>\n");
            foreach (var f in top)
            {
                html.Append("<tr><td>").Append(E(DiffOrder.TopicName(f.Topic))).Append("</td><td>").Append(E(f.Operation ?? "")).Append("</td><td>").Append(E(f.Item ?? ""))
                    .Append("</td><td class=\"n\">").Append(E(FigureText.Value(f.Older!.Value, f.Unit))).Append("</td><td class=\"n\">").Append(E(FigureText.Value(f.Newer!.Value, f.Unit)))
                    .Append("</td><td class=\"n ").Append(f.Change > 0 ? "up" : "down").Append("\">").Append(E(FigureText.Percent(f.PercentChange))).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        Table(html, "Added figures", r.With(FactStatus.Added).ToList(), f => f.Newer!);
        Table(html, "Dropped figures", r.With(FactStatus.Dropped).ToList(), f => f.Older!);
        Possible(html, r);
        html.Append("<h2>Names and headings</h2><table class=\"names\"><tr><th>What</th><th>Names</th></tr>\n");
        foreach (var change in r.NameChanges)
        {
            Names(html, change.Label, change.Names);
        }

        Names(html, "Headings reworded", r.HeadingsRenamed.Select(h => $"\"{h.Older}\" → \"{h.Newer}\" (topic {h.Topic})").ToList());
        Names(html, "Headings added", r.HeadingsAdded);
        Names(html, "Headings dropped", r.HeadingsDropped);
        Names(html, "Goal lines in " + DiffOrder.Year(r.Older) + " (goal markers)", r.GoalMarkersOlder);
        Names(html, "Goal lines in " + DiffOrder.Year(r.Newer) + " (goal markers)", r.GoalMarkersNewer);
        html.Append("</table></section>\n");
    }

    private static void Table(StringBuilder html, string title, List<AlignedFact> facts, Func<AlignedFact, DiffFact> side)
    {
        if (facts.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(title).Append("</h2><table><tr><th>Topic</th><th>Operation</th><th>Item</th><th>Value</th><th>Sentence</th></tr>\n");
        foreach (var f in facts)
        {
            html.Append("<tr><td>").Append(E(DiffOrder.TopicName(f.Topic))).Append("</td><td>").Append(E(f.Operation ?? "")).Append("</td><td>").Append(E(f.Item ?? ""))
                .Append("</td><td class=\"n\">").Append(E(FigureText.Value(side(f).Value, f.Unit))).Append("</td><td>").Append(E(side(f).Sentence ?? "")).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Possible(StringBuilder html, DiffReport r)
    {
        var facts = DiffOrder.Facts(r).Where(f => f.Status == FactStatus.Possible).ToList();
        if (facts.Count == 0)
        {
            return;
        }

        html.Append("<h2>Possible matches (below the confidence bar, not counted as changes)</h2><table class=\"possible\"><tr><th>Topic</th><th>Operation</th><th>")
            .Append(E(DiffOrder.Year(r.Older))).Append("</th><th>").Append(E(DiffOrder.Year(r.Newer))).Append("</th><th>Why not a change</th></tr>\n");
        foreach (var f in facts)
        {
            html.Append("<tr><td>").Append(E(DiffOrder.TopicName(f.Topic))).Append("</td><td>").Append(E(f.Operation ?? ""))
                .Append("</td><td>").Append(E(FigureText.Value(f.Older!.Value, f.Unit) + " " + (f.Older.Item ?? ""))).Append("</td><td>")
                .Append(E(FigureText.Value(f.Newer!.Value, f.Unit) + " " + (f.Newer.Item ?? ""))).Append("</td><td>").Append(E(string.Join("; ", f.Why))).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Names(StringBuilder html, string label, IReadOnlyList<string> names)
    {
        if (names.Count > 0)
        {
            html.Append("<tr><td>").Append(E(label)).Append("</td><td>").Append(E(string.Join("; ", names))).Append("</td></tr>\n");
        }
    }

    private static string E(string text) => HtmlEncode(text);
}
