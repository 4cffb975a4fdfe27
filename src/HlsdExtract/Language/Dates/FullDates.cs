using System.Text.RegularExpressions;

namespace HlsdExtract.Language.Dates;

/// <summary>Finds complete calendar dates ("October 5, 2023", "5 October 2023", "10/5/2023").</summary>
public static partial class FullDates
{
    public static IEnumerable<(int Start, int End, DateOnly Date)> Find(string text) => FindIn(text, 0, text.Length);

    /// <summary>The latest complete date written in <paramref name="text"/>, if any.</summary>
    /// <remarks>
    /// Reads only the lines holding a year from 1900 to 2099: no date crosses a line, every form ends
    /// in such a year, and a line break is a word boundary, so each line searched alone gives the
    /// dates a whole-text search gives.
    /// </remarks>
    public static DateOnly? Latest(string text)
    {
        DateOnly? latest = null;
        for (var start = 0; start < text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            if (HasYear(text.AsSpan(start, end - start)))
            {
                foreach (var (_, _, date) in FindIn(text, start, end - start))
                {
                    latest = latest is { } l && l >= date ? l : date;
                }
            }

            start = end + 1;
        }

        return latest;
    }

    private static IEnumerable<(int Start, int End, DateOnly Date)> FindIn(string text, int start, int length)
    {
        for (var m = MonthFirst().Match(text, start, length); m.Success; m = m.NextMatch())
        {
            if (DateParts.TryMonth(m.Groups["m"].Value, out var month) && Valid(m, month, out var date))
            {
                yield return (m.Index, m.Index + m.Length, date);
            }
        }

        for (var m = DayFirst().Match(text, start, length); m.Success; m = m.NextMatch())
        {
            if (DateParts.TryMonth(m.Groups["m"].Value, out var month) && Valid(m, month, out var date))
            {
                yield return (m.Index, m.Index + m.Length, date);
            }
        }

        for (var m = Numeric().Match(text, start, length); m.Success; m = m.NextMatch())
        {
            if (Valid(m, int.Parse(m.Groups["mn"].ValueSpan), out var date))
            {
                yield return (m.Index, m.Index + m.Length, date);
            }
        }
    }

    /// <summary>Whether <paramref name="line"/> holds "19" or "20" followed by two more digits.</summary>
    private static bool HasYear(ReadOnlySpan<char> line)
    {
        for (var at = line.IndexOfAnyInRange('0', '9'); at >= 0 && at + 3 < line.Length; at = NextDigit(line, at + 1))
        {
            if (line[at] is '1' or '2' && line[at + 1] is '9' or '0' && char.IsAsciiDigit(line[at + 2]) && char.IsAsciiDigit(line[at + 3])
                && (line[at] == '1') == (line[at + 1] == '9'))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextDigit(ReadOnlySpan<char> line, int from)
    {
        var next = line[from..].IndexOfAnyInRange('0', '9');
        return next < 0 ? -1 : from + next;
    }

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
