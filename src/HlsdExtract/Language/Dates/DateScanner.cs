using System.Buffers;
using System.Text.RegularExpressions;

namespace HlsdExtract.Language.Dates;

/// <summary>
/// Finds date expressions in a piece of text: ranges, open ranges, single dates, months alone
/// after a preposition, and relative phrases. Overlaps keep the earliest, then longest, match.
/// </summary>
public static class DateScanner
{
    // Literals each pattern cannot match without: a text with none of them skips the pattern (every date atom has a digit).
    private static readonly SearchValues<string> RangeCues = SearchValues.Create(["etween ", "rom "], StringComparison.Ordinal);
    private static readonly SearchValues<string> OpenRangeCues = SearchValues.Create(["ince ", "far in ", "ing in ", "lier in "], StringComparison.Ordinal);
    private static readonly SearchValues<string> MonthCues = SearchValues.Create([.. LanguageData.English.Months.Names], StringComparison.Ordinal);
    private static readonly SearchValues<string> RelativeCues = SearchValues.Create(["his ", "past ", "ast ", "ext ", "oday", "esterday", "omorrow"], StringComparison.Ordinal);

    public static List<(int Start, int End, DateValue Value)> Scan(string text, int? documentYear, DateOnly? documentDate)
    {
        var found = new List<(int Start, int End, DateValue Value)>();
        var hasDigit = text.AsSpan().ContainsAnyInRange('0', '9');
        foreach (var m in hasDigit && text.AsSpan().ContainsAny(RangeCues) ? RangeMatches.Find(text) : [])
        {
            if (ParseRange(m, documentYear) is { } value)
            {
                found.Add((m.Index, m.Index + m.Length, value));
            }
        }

        foreach (Match m in Matches(DatePatterns.OpenRange(), text, hasDigit && text.AsSpan().ContainsAny(OpenRangeCues)))
        {
            if (SinceParse(m.Groups["a"].Value, documentYear, documentDate) is { } a)
            {
                var dayPrecision = m.Groups["kw"].Value.Contains("far", StringComparison.Ordinal);
                var start = dayPrecision ? a.RangeStart : a.Normalized;
                found.Add((m.Index, m.Index + m.Length, new DateValue(start + "/", "open_range", a.Start, null)));
            }
        }

        if (hasDigit)
        {
            found.AddRange(DateForms.DayRanges(text, documentYear));
            found.AddRange(DateForms.FiscalParts(text));
            found.AddRange(DateForms.CalendarParts(text));
            found.AddRange(DateForms.SpelledRanges(text));
            found.AddRange(DateForms.GluedStamps(text));
            found.AddRange(SpanishDates.Find(text, documentYear));
        }

        foreach (Match m in Matches(DatePatterns.Single(), text, hasDigit))
        {
            if (m.Value.Length == 4 && char.IsAsciiDigit(m.Value[0])
                && (DatePatterns.FollowedByPluralNoun().IsMatch(text.AsSpan(m.Index + 4)) || (DatePatterns.ModelYear().IsMatch(text.AsSpan(Math.Max(0, m.Index - 4), Math.Min(4, m.Index))) && m.Index + 6 <= text.Length && text[m.Index + 4] == ' ' && char.IsUpper(text[m.Index + 5]))))
            {
                continue;
            }

            if (DateAtomParser.Parse(m.Value, documentYear) is { } value)
            {
                found.Add((m.Index, m.Index + m.Length, value));
            }
        }

        foreach (Match m in Matches(DatePatterns.MonthAlone(), text, text.AsSpan().ContainsAny(MonthCues)))
        {
            if (DateAtomParser.Parse(m.Value, documentYear) is { } value)
            {
                found.Add((m.Index, m.Index + m.Length, value));
            }
        }

        foreach (Match m in Matches(DatePatterns.Relative(), text, text.AsSpan().ContainsAny(RelativeCues)))
        {
            var relative = RelativeDates.Resolve(m.Value, documentYear, documentDate);
            if (relative.Start is not null)
            {
                found.Add((m.Index, m.Index + m.Length, relative));
            }
        }

        return SelectNonOverlapping(found);
    }

    /// <summary>
    /// The start of an open range; one written without a year that would fall after the document's date
    /// ("since October 7" in a March release) is the last such day before it.
    /// </summary>
    private static DateValue? SinceParse(string atom, int? documentYear, DateOnly? documentDate)
    {
        var a = DateAtomParser.Parse(atom, documentYear);
        return a?.Start is { } start && documentDate is { } d && start > d && documentYear is { } y && !WritesAYear(atom)
            ? DateAtomParser.Parse(atom, y - 1) ?? a
            : a;
    }

    private static bool WritesAYear(string atom)
    {
        var run = 0;
        foreach (var c in atom)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Match> Matches(Regex pattern, string text, bool worthTrying) => worthTrying ? pattern.Matches(text) : [];

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
        if (found.Count <= 1)
        {
            return found;
        }

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
