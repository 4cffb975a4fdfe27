using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace HlsdExtract.Diff.Output;

/// <summary>
/// A small inline SVG per fact: a panel (fill <see cref="Panel"/>), one point per year that gives the
/// fact, joined by a line, each labelled with its value; the years along the bottom.
/// </summary>
internal static class SvgTrendChart
{
    public const string Panel = "#e8f0fe";
    public const int Width = 300;
    public const int Height = 150;
    private const int Pad = 34;

    public static string Build(TrendRow row, IReadOnlyList<string> columns)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{HtmlEncode(Label(row))}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"panel\" x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\" fill=\"{Panel}\"/>");
        var values = row.Values.Select(v => v?.Value).ToList();
        var known = values.Where(v => v is not null).Select(v => (double)v!.Value).ToList();
        var (min, max) = (Math.Min(0, known.Min()), known.Max());
        var span = max - min == 0 ? 1 : max - min;
        var step = columns.Count > 1 ? (Width - 2.0 * Pad) / (columns.Count - 1) : 0;
        double X(int i) => columns.Count > 1 ? Pad + i * step : Width / 2.0;
        double Y(double v) => Height - 28 - (v - min) / span * (Height - 60);
        var points = values.Select((v, i) => (i, v)).Where(p => p.v is not null).Select(p => (X: X(p.i), Y: Y((double)p.v!.Value), Value: p.v!.Value)).ToList();
        svg.Append("<polyline fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\" points=\"")
            .Append(string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")))).Append("\"/>");
        foreach (var p in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{p.X:0.#}\" cy=\"{p.Y:0.#}\" r=\"4\" fill=\"#1565c0\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{p.X:0.#}\" y=\"{p.Y - 8:0.#}\" text-anchor=\"middle\">{HtmlEncode(FigureText.Value(p.Value, row.Unit))}</text>");
        }

        for (var i = 0; i < columns.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.#}\" y=\"{Height - 8}\" text-anchor=\"middle\" fill=\"#555\">{HtmlEncode(columns[i])}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The fact as a caption reads it: its operation if any, then the item in each year's wording.</summary>
    public static string Label(TrendRow row) =>
        string.Join(": ", new[] { row.Operation, row.Wordings ?? "(" + row.Unit + ")" }.Where(s => !string.IsNullOrEmpty(s)));
}
