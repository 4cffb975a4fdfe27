using System.Text.RegularExpressions;

namespace HlsdExtract.Language.Dates;

/// <summary>
/// Date forms beyond one atom: a day range within a month ("April 3-4, 2024", "September 12
/// and 13, 2022", "June 26 to 30"); part of a fiscal year ("the first half of FY23", "the same
/// period in FY22", "Fiscal Year 2023 to date") and of a calendar year ("Q3 2024", "the spring of
/// 2023"); an ISO stamp glued to a word ("Report2020-08-05").
/// Every expression is bounded, so none carries a match timeout.
/// </summary>
internal static partial class DateForms
{
    public static IEnumerable<(int Start, int End, DateValue Value)> DayRanges(string text, int? documentYear)
    {
        foreach (Match m in DayRange().Matches(text))
        {
            if (!DateParts.TryMonth(m.Groups["m"].Value, out var month))
            {
                continue;
            }

            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan) : documentYear;
            var (d1, d2) = (int.Parse(m.Groups["d1"].ValueSpan), int.Parse(m.Groups["d2"].ValueSpan));
            if (year is not { } y || d2 <= d1 || !DateParts.IsValid(y, month, d1) || !DateParts.IsValid(y, month, d2))
            {
                continue;
            }

            var (a, b) = (new DateOnly(y, month, d1), new DateOnly(y, month, d2));
            yield return (m.Index, m.Index + m.Length, new DateValue(DateParts.Iso(y, month, d1) + "/" + DateParts.Iso(y, month, d2), "range", a, b));
        }
    }

    /// <summary>Halves, quarters and year-to-date of fiscal years; "the same period in" takes the part named last.</summary>
    public static IEnumerable<(int Start, int End, DateValue Value)> FiscalParts(string text)
    {
        (int FromMonth, int Months)? last = null;
        foreach (Match m in FiscalPart().Matches(text))
        {
            var fy = FiscalYear(m.Groups["y"].Value);
            var start = new DateOnly(fy - 1, 10, 1);
            if (m.Groups["todate"].Success)
            {
                yield return (m.Index, m.Index + m.Length, new DateValue(DateParts.Iso(start.Year, 10, 1) + "/", "open_range", start, null));
                continue;
            }

            (int FromMonth, int Months) p;
            if (m.Groups["part"].Success)
            {
                p = Part(m);
            }
            else if (m.Groups["same"].Success && last is { } previous)
            {
                p = previous;
            }
            else
            {
                continue;
            }

            if (p.FromMonth + p.Months > 12)
            {
                continue;
            }

            last = p;
            var a = start.AddMonths(p.FromMonth);
            var b = a.AddMonths(p.Months).AddDays(-1);
            yield return (m.Index, m.Index + m.Length, new DateValue(DateParts.IsoMonth(a.Year, a.Month) + "/" + DateParts.IsoMonth(b.Year, b.Month), "range", a, b));
        }
    }

    /// <summary>Halves and quarters of a calendar year ("the first half of 2023", "Q3 2024") and a season of a year ("the spring of 2023", "summer 2022").</summary>
    public static IEnumerable<(int Start, int End, DateValue Value)> CalendarParts(string text)
    {
        foreach (Match m in CalendarPart().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].ValueSpan);
            var (from, months) = m.Groups["q"].Success ? ((m.Groups["q"].Value[0] - '1') * 3, 3)
                : m.Groups["part"].Success ? Part(m)
                : (SeasonStart(m.Groups["season"].Value) - 1, 3);
            if (from + months > 12 && !m.Groups["season"].Success)
            {
                continue;
            }

            var a = new DateOnly(y, from + 1, 1);
            var b = a.AddMonths(months).AddDays(-1);
            yield return (m.Index, m.Index + m.Length, new DateValue(DateParts.IsoMonth(a.Year, a.Month) + "/" + DateParts.IsoMonth(b.Year, b.Month), "range", a, b));
        }
    }

    /// <summary>"the second quarter of": its first month (0-based) and length, from the match's part and unit groups.</summary>
    private static (int FromMonth, int Months) Part(Match m)
    {
        var months = m.Groups["unit"].Value == "half" ? 6 : 3;
        return (Array.IndexOf(Ordinals, m.Groups["part"].Value) * months, months);
    }

    private static int SeasonStart(string season) => season.ToLowerInvariant() switch
    {
        "spring" => 3,
        "summer" => 6,
        "winter" => 12,
        _ => 9,
    };

    /// <summary>"from January to August 2022" (the year written once, after the second month); "beginning in 2000 and continuing through 2012".</summary>
    public static IEnumerable<(int Start, int End, DateValue Value)> SpelledRanges(string text)
    {
        foreach (Match m in MonthsOfOneYear().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].ValueSpan);
            if (DateParts.TryMonth(m.Groups["m1"].Value, out var m1) && DateParts.TryMonth(m.Groups["m2"].Value, out var m2) && m1 < m2)
            {
                var (a, b) = (DateAtomParser.MonthOf(y, m1), DateAtomParser.MonthOf(y, m2));
                yield return (m.Index, m.Index + m.Length, new DateValue(a.Normalized + "/" + b.Normalized, "range", a.Start, b.End));
            }
        }

        foreach (Match m in BeginningAndContinuing().Matches(text))
        {
            if (DateAtomParser.Parse(m.Groups["a"].Value, null) is { } a && DateAtomParser.Parse(m.Groups["b"].Value, null) is { } b && a.Start < b.End)
            {
                yield return (m.Index, m.Index + m.Length, new DateValue(a.Normalized + "/" + b.Normalized, "range", a.Start, b.End));
            }
        }
    }

    public static IEnumerable<(int Start, int End, DateValue Value)> GluedStamps(string text)
    {
        foreach (Match m in GluedIso().Matches(text))
        {
            if (DateAtomParser.Parse(m.Value, null) is { } value)
            {
                yield return (m.Index, m.Index + m.Length, value);
            }
        }
    }

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    private static int FiscalYear(string digits)
    {
        var y = int.Parse(digits);
        return y < 100 ? 2000 + y : y;
    }

    [GeneratedRegex(@"(?<![\w-])(?<m>" + DatePatterns.Month + @") (?<d1>[0-9]{1,2})(?:st|nd|rd|th)?(?: ?[-\u2013] ?| to | and | through | thru )(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9]|,[0-9]| ?%| percent)(?:,? (?<y>(?:19|20)[0-9]{2})(?![0-9]))?", RegexOptions.None)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"\b(?:(?:the )?(?<part>first|second|third|fourth) (?<unit>half|quarter) of |(?<same>(?:the )?same period (?:in|of) ))?(?:[Ff]iscal [Yy]ear(?: \(FY\))?|FY) ?(?<y>[0-9]{4}|[0-9]{2})(?![0-9/])(?<todate> to date|-to-date)?", RegexOptions.None)]
    private static partial Regex FiscalPart();

    [GeneratedRegex(@"\b(?:(?:the )?(?<part>first|second|third|fourth) (?<unit>half|quarter) of |Q(?<q>[1-4]) |(?:the )?(?<season>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)(?: of)? )(?<y>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.None)]
    private static partial Regex CalendarPart();

    [GeneratedRegex(@"\b(?:[Ff]rom|[Bb]etween) (?<m1>" + DatePatterns.Month + @") (?:to|through|until|and|-) (?<m2>" + DatePatterns.Month + @"),? (?:of )?(?<y>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.None)]
    private static partial Regex MonthsOfOneYear();

    [GeneratedRegex(@"\b(?:[Bb]eginning|[Ss]tarting) in (?<a>(?:" + DatePatterns.Month + @",? )?(?:19|20)[0-9]{2}),? and (?:continuing |lasting |running )?(?:through|until|to|into) (?<b>(?:" + DatePatterns.Month + @",? )?(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.None)]
    private static partial Regex BeginningAndContinuing();

    [GeneratedRegex(@"(?<=[A-Za-z])(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}(?![0-9])", RegexOptions.None)]
    private static partial Regex GluedIso();
}
