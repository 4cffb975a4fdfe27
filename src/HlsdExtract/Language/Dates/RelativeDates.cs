using HlsdExtract.Language;
namespace HlsdExtract.Language.Dates;

/// <summary>Resolves vague phrases ("later this fall", "last year") against the document's date.</summary>
internal static class RelativeDates
{
    public static DateValue Resolve(string phrase, int? year, DateOnly? documentDate)
    {
        var p = phrase.ToLowerInvariant();
        if (year is not { } y)
        {
            return new DateValue("relative", "relative", null, null);
        }

        if (p.Contains("fall", StringComparison.Ordinal) || p.Contains("autumn", StringComparison.Ordinal))
        {
            return Months(y, 9, y, 12);
        }

        if (p.Contains("summer", StringComparison.Ordinal))
        {
            return Months(y, 6, y, 8);
        }

        if (p.Contains("spring", StringComparison.Ordinal))
        {
            return Months(y, 3, y, 5);
        }

        if (p.Contains("winter", StringComparison.Ordinal))
        {
            return Months(y, 12, y + 1, 2);
        }

        if (p.StartsWith("the next", StringComparison.Ordinal) || p.StartsWith("the coming", StringComparison.Ordinal))
        {
            var from = documentDate ?? new DateOnly(y, 1, 1);
            var to = from.AddYears(1);
            return Months(from.Year, from.Month, to.Year, to.Month);
        }

        if (p.Contains("past", StringComparison.Ordinal) || p.Contains("the last", StringComparison.Ordinal) || p.Contains("months", StringComparison.Ordinal))
        {
            var end = documentDate ?? new DateOnly(y, 12, 31);
            var start = end.AddYears(-1);
            return Months(start.Year, start.Month, end.Year, end.Month);
        }

        if (p is "yesterday" or "tomorrow" || p.StartsWith("last ", StringComparison.Ordinal) && LanguageData.English.Weekdays.TryGet(phrase[5..], out _))
        {
            return documentDate is { } day ? Day(Before(p, phrase, day)) : new DateValue("relative", "relative", null, null);
        }

        if (p == "today")
        {
            return documentDate is { } d ? Day(d) : new DateValue("relative", "relative", null, null);
        }

        if (p.EndsWith("month", StringComparison.Ordinal) || p.EndsWith("week", StringComparison.Ordinal))
        {
            return documentDate is { } day ? MonthOrWeek(p, day) : new DateValue("relative", "relative", null, null);
        }

        var target = p.StartsWith("last", StringComparison.Ordinal) ? y - 1 : p.StartsWith("next", StringComparison.Ordinal) ? y + 1 : y;
        return new DateValue(target.ToString(System.Globalization.CultureInfo.InvariantCulture), "relative", new DateOnly(target, 1, 1), new DateOnly(target, 12, 31));
    }

    /// <summary>"yesterday", "tomorrow"; "last Saturday" is the latest Saturday before the document's date.</summary>
    private static DateOnly Before(string p, string phrase, DateOnly day)
    {
        if (p is "yesterday" or "tomorrow")
        {
            return day.AddDays(p == "yesterday" ? -1 : 1);
        }

        LanguageData.English.Weekdays.TryGet(phrase[5..], out var weekday);
        var back = (((int)day.DayOfWeek + 6) % 7) + 1 - weekday;
        return day.AddDays(-(back <= 0 ? back + 7 : back));
    }

    private static DateValue Day(DateOnly d) => new(DateParts.Iso(d.Year, d.Month, d.Day), "relative", d, d);

    /// <summary>"this month" is the document's month, "last week" the Monday-to-Sunday week before the document's.</summary>
    private static DateValue MonthOrWeek(string p, DateOnly day)
    {
        var step = p.StartsWith("last", StringComparison.Ordinal) ? -1 : p.StartsWith("next", StringComparison.Ordinal) ? 1 : 0;
        if (p.EndsWith("month", StringComparison.Ordinal))
        {
            var first = new DateOnly(day.Year, day.Month, 1).AddMonths(step);
            return new DateValue(DateParts.IsoMonth(first.Year, first.Month), "relative", first, first.AddMonths(1).AddDays(-1));
        }

        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7) + (7 * step));
        var sunday = monday.AddDays(6);
        return new DateValue(DateParts.Iso(monday.Year, monday.Month, monday.Day) + "/" + DateParts.Iso(sunday.Year, sunday.Month, sunday.Day), "relative", monday, sunday);
    }

    private static DateValue Months(int y1, int m1, int y2, int m2) =>
        new(DateParts.IsoMonth(y1, m1) + "/" + DateParts.IsoMonth(y2, m2), "relative", new DateOnly(y1, m1, 1), new DateOnly(y2, m2, DateTime.DaysInMonth(y2, m2)));
}
