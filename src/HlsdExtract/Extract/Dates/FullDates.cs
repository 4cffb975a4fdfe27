using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Dates;

/// <summary>Finds complete calendar dates ("October 5, 2023", "5 October 2023", "10/5/2023").</summary>
public static partial class FullDates
{
    public static IEnumerable<(int Start, int End, DateOnly Date)> Find(string text)
    {
        foreach (Match m in MonthFirst().Matches(text))
        {
            if (DateParts.TryMonth(m.Groups["m"].Value, out var month) && Valid(m, month, out var date))
            {
                yield return (m.Index, m.Index + m.Length, date);
            }
        }

        foreach (Match m in DayFirst().Matches(text))
        {
            if (DateParts.TryMonth(m.Groups["m"].Value, out var month) && Valid(m, month, out var date))
            {
                yield return (m.Index, m.Index + m.Length, date);
            }
        }

        foreach (Match m in Numeric().Matches(text))
        {
            if (Valid(m, int.Parse(m.Groups["mn"].ValueSpan), out var date))
            {
                yield return (m.Index, m.Index + m.Length, date);
            }
        }
    }

    /// <summary>The latest complete date written in <paramref name="text"/>, if any.</summary>
    public static DateOnly? Latest(string text) =>
        Find(text).Select(f => (DateOnly?)f.Date).Max();

    private static bool Valid(Match m, int month, out DateOnly date)
    {
        var year = int.Parse(m.Groups["y"].ValueSpan);
        var day = int.Parse(m.Groups["d"].ValueSpan);
        date = DateParts.IsValid(year, month, day) ? new DateOnly(year, month, day) : default;
        return date != default;
    }

    [GeneratedRegex(@"\b(?<m>[A-Z][a-z]{2,8})\.? (?<d>[0-9]{1,2}),? (?<y>(?:19|20)[0-9]{2})\b", RegexOptions.None, 1000)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>[0-9]{1,2}) (?<m>[A-Z][a-z]{2,8})\.?,? (?<y>(?:19|20)[0-9]{2})\b", RegexOptions.None, 1000)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<![0-9/])(?<mn>[0-9]{1,2})/(?<d>[0-9]{1,2})/(?<y>(?:19|20)[0-9]{2})(?![0-9/])", RegexOptions.None, 1000)]
    private static partial Regex Numeric();
}
