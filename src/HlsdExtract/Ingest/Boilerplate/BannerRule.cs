using System.Text.RegularExpressions;
using HlsdExtract.Language.Dates;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// The weather/city/date banner at the top of scraped news pages: a temperature line, a weekday
/// date line, and a short place-name line beside them. The date becomes the retrieval date.
/// </summary>
internal sealed partial class BannerRule : IBoilerplateRule
{
    private const int HeaderLines = 8;

    public void Apply(BoilerplateScan scan)
    {
        var header = scan.ContentLines().Take(HeaderLines).ToList();
        var marked = new List<int>();
        foreach (var i in header)
        {
            var line = scan.Lines[i];
            if (Temperature().IsMatch(line))
            {
                scan.Remove(i, "weather");
                marked.Add(header.IndexOf(i));
            }
            else if (WeekdayDate().Match(line) is { Success: true } m && DateParts.TryMonth(m.Groups["month"].Value, out var month))
            {
                scan.Remove(i, "banner-date");
                scan.RetrievedDate ??= DateParts.Iso(int.Parse(m.Groups["year"].ValueSpan), month, int.Parse(m.Groups["day"].ValueSpan));
                marked.Add(header.IndexOf(i));
            }
        }

        if (marked.Count == 0)
        {
            return;
        }

        var first = Math.Max(0, marked.Min() - 1);
        var last = marked.Max();
        for (var k = first; k <= last; k++)
        {
            var i = header[k];
            if (!scan.IsRemoved(i) && PlaceName().IsMatch(scan.Lines[i]))
            {
                scan.Remove(i, "banner-city");
            }
        }
    }

    [GeneratedRegex(@"^-?[0-9]{1,3}\s?°?\s?[FC]$", RegexOptions.None, 1000)]
    /// <summary>A weather banner's temperature line ("35 F"); the boilerplate classifier's line features use it too.</summary>
    internal static partial Regex Temperature();

    [GeneratedRegex(@"^(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s+(?<month>[A-Z][a-z]+)\.?\s+(?<day>[0-9]{1,2}),?\s+(?<year>[0-9]{4})$", RegexOptions.None, 1000)]
    private static partial Regex WeekdayDate();

    [GeneratedRegex(@"^[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,3}(?:, [A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,2})?$", RegexOptions.None, 1000)]
    private static partial Regex PlaceName();
}
