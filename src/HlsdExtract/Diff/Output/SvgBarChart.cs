using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace HlsdExtract.Diff.Output;

/// <summary>An inline SVG of horizontal bars, one per top change, length by percent change (capped), green up, red down.</summary>
internal static class SvgBarChart
{
    private const int Width = 760;
    private const int LabelWidth = 330;
    private const int Row = 26;
    private const double Cap = 100;

    public static string Build(IReadOnlyList<AlignedFact> top)
    {
        var height = top.Count * Row + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"Largest changes\">");
        var zero = LabelWidth + (Width - LabelWidth) / 2.0;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{zero}\" y1=\"0\" x2=\"{zero}\" y2=\"{height}\" stroke=\"#999\"/>");
        for (var i = 0; i < top.Count; i++)
        {
            var f = top[i];
            var percent = (double)(f.PercentChange ?? 0m);
            var length = Math.Max(6, Math.Min(Cap, Math.Abs(percent)) / Cap * ((Width - LabelWidth) / 2.0 - 50));
            var x = percent >= 0 ? zero : zero - length;
            var y = i * Row + 5;
            var label = string.Join(": ", new[] { f.Operation ?? DiffOrder.TopicName(f.Topic), f.Item }.Where(s => !string.IsNullOrEmpty(s)));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{HtmlEncode(Shorten(label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {(percent >= 0 ? "up" : "down")}\" x=\"{x:0.#}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{Row - 8}\" fill=\"{(percent >= 0 ? "#2e7d32" : "#c62828")}\"><title>{HtmlEncode(label)}: {FigureText.Percent(f.PercentChange)}</title></rect>");
            var textX = percent >= 0 ? x + length + 4 : x - 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{textX:0.#}\" y=\"{y + 15}\" text-anchor=\"{(percent >= 0 ? "start" : "end")}\">{FigureText.Percent(f.PercentChange)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Shorten(string label) => label.Length <= 48 ? label : label[..45] + "...";
}
