using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Dates;

/// <summary>
/// Finds date expressions in a piece of text: ranges, open ranges, single dates, months alone
/// after a preposition, and relative phrases. Overlaps keep the earliest, then longest, match.
/// </summary>
public static class DateScanner
{
    public static List<(int Start, int End, DateValue Value)> Scan(string text, int? documentYear, DateOnly? documentDate)
    {
        var found = new List<(int Start, int End, DateValue Value)>();
        foreach (Match m in DatePatterns.Range().Matches(text))
        {
            if (ParseRange(m, documentYear) is { } value)
            {
                found.Add((m.Index, m.Index + m.Length, value));
            }
        }

        foreach (Match m in DatePatterns.OpenRange().Matches(text))
        {
            if (DateAtomParser.Parse(m.Groups["a"].Value, documentYear) is { } a)
            {
                var dayPrecision = m.Groups["kw"].Value.Contains("far", StringComparison.Ordinal);
                var start = dayPrecision ? a.RangeStart : a.Normalized;
                found.Add((m.Index, m.Index + m.Length, new DateValue(start + "/", "open_range", a.Start, null)));
            }
        }

        foreach (Match m in DatePatterns.Single().Matches(text))
        {
            if (m.Value.Length == 4 && char.IsAsciiDigit(m.Value[0]) && DatePatterns.FollowedByPluralNoun().IsMatch(text.AsSpan(m.Index + 4)))
            {
                continue;
            }

            if (DateAtomParser.Parse(m.Value, documentYear) is { } value)
            {
                found.Add((m.Index, m.Index + m.Length, value));
            }
        }

        foreach (Match m in DatePatterns.MonthAlone().Matches(text))
        {
            if (DateAtomParser.Parse(m.Value, documentYear) is { } value)
            {
                found.Add((m.Index, m.Index + m.Length, value));
            }
        }

        foreach (Match m in DatePatterns.Relative().Matches(text))
        {
            var relative = RelativeDates.Resolve(m.Value, documentYear, documentDate);
            if (relative.Start is not null)
            {
                found.Add((m.Index, m.Index + m.Length, relative));
            }
        }

        return SelectNonOverlapping(found);
    }

    private static DateValue? ParseRange(Match m, int? documentYear)
    {
        var a = DateAtomParser.Parse(m.Groups["a"].Value, documentYear);
        if (a?.Start is not { } start)
        {
            return null;
        }

        var bText = m.Groups["b"].Value;
        DateValue? b;
        if (bText.Length <= 2 && int.TryParse(bText, out var day))
        {
            if (a.Kind != "date" || !DateParts.IsValid(start.Year, start.Month, day) || day < start.Day)
            {
                return null;
            }

            var end = new DateOnly(start.Year, start.Month, day);
            b = new DateValue(DateParts.Iso(end.Year, end.Month, end.Day), "date", end, end);
        }
        else
        {
            b = DateAtomParser.Parse(bText, a.Start?.Year ?? documentYear);
        }

        return b is null || b.End < a.Start ? null : new DateValue(a.Normalized + "/" + b.Normalized, "range", a.Start, b.End);
    }

    private static List<(int Start, int End, DateValue Value)> SelectNonOverlapping(List<(int Start, int End, DateValue Value)> found)
    {
        var chosen = new List<(int Start, int End, DateValue Value)>();
        foreach (var candidate in found.OrderBy(f => f.Start).ThenByDescending(f => f.End - f.Start))
        {
            if (chosen.Count == 0 || candidate.Start >= chosen[^1].End)
            {
                chosen.Add(candidate);
            }
        }

        return chosen;
    }
}
