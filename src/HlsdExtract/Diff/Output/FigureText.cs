using System.Globalization;

namespace HlsdExtract.Diff.Output;

/// <summary>Figures as an analyst reads them: "$46.1 billion", "5,124 lb", "1,700", "+41.2%".</summary>
internal static class FigureText
{
    public static string Value(decimal? value, string unit)
    {
        if (value is not { } v)
        {
            return "";
        }

        return unit switch
        {
            "USD" => Money(v),
            "percent" => Plain(v) + "%",
            "count" => Plain(v),
            _ => Plain(v) + " " + unit,
        };
    }

    public static string Change(decimal? change, string unit) =>
        change is not { } c ? "" : (c > 0 ? "+" : c < 0 ? "-" : "") + Value(Math.Abs(c), unit);

    public static string Percent(decimal? percent) =>
        percent is not { } p ? "" : (p > 0 ? "+" : "") + p.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Money(decimal v)
    {
        var (scale, word) = Math.Abs(v) switch
        {
            >= 1_000_000_000m => (1_000_000_000m, " billion"),
            >= 1_000_000m => (1_000_000m, " million"),
            _ => (1m, ""),
        };
        return "$" + (v / scale).ToString(scale == 1m ? "#,0.##" : "#,0.###", CultureInfo.InvariantCulture) + word;
    }

    private static string Plain(decimal v) => v.ToString("#,0.###", CultureInfo.InvariantCulture);
}
