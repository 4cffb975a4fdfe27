using System.Text;
using static System.Net.WebUtility;

namespace HlsdExtract.Diff.Output;

/// <summary>
/// <c>trend.html</c>: one self-contained page (inline CSS and SVG, no script, nothing fetched): a
/// small chart per fact followed across the readouts, then the table of values.
/// </summary>
public static class TrendHtml
{
    public const string FileName = "trend.html";

    private const string Style =
        "body{font:14px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:1000px;color:#222}" +
        ".charts{display:flex;flex-wrap:wrap;gap:14px}figure.fact{margin:0;width:300px}figcaption{font-size:12px;height:3em;overflow:hidden}" +
        "table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}" +
        "td.n{text-align:right;white-space:nowrap}th{background:#f0f0f0}svg text{font:11px system-ui,sans-serif}";

    public static string Build(TrendReport report)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Trend across readouts</title>");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        html.Append("<style>").Append(Style).Append("</style></head><body>\n<h1>Trend across readouts</h1>\n<p>");
        html.Append(E(string.Join(" → ", report.Documents.Select((d, i) => report.Columns[i] + ": " + (d.Title ?? d.Name))))).Append("</p>\n");
        html.Append("<p>").Append(report.Rows.Count).Append(" facts found in two or more readouts.</p>\n<div class=\"charts\">\n");
        foreach (var row in report.Rows)
        {
            html.Append("<figure class=\"fact\"><figcaption>").Append(E(DiffOrder.TopicName(row.Topic))).Append(" · ").Append(E(SvgTrendChart.Label(row)))
                .Append("</figcaption>").Append(SvgTrendChart.Build(row, report.Columns)).Append("</figure>\n");
        }

        html.Append("</div>\n<table class=\"trend\"><tr><th>Topic</th><th>Operation</th><th>Item</th>");
        foreach (var c in report.Columns)
        {
            html.Append("<th>").Append(E(c)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var row in report.Rows)
        {
            html.Append("<tr><td>").Append(E(DiffOrder.TopicName(row.Topic))).Append("</td><td>").Append(E(row.Operation ?? "")).Append("</td><td>").Append(E(row.Item ?? ""));
            foreach (var v in row.Values)
            {
                html.Append("</td><td class=\"n\">").Append(E(v is null ? "" : FigureText.Value(v.Value, row.Unit)));
            }

            html.Append("</td></tr>\n");
        }

        return html.Append("</table>\n</body></html>\n").ToString();
    }

    private static string E(string text) => HtmlEncode(text);
}
