using System.Text.RegularExpressions;

namespace HlsdExtract.Language.Dates;

/// <summary>Parses one date atom (no range words) into a <see cref="DateValue"/>; year-less forms take the document year.</summary>
public static class DateAtomParser
{
    public static DateValue? Parse(string text, int? documentYear)
    {
        text = text.Trim();
        if (DatePatterns.FiscalOnly().IsMatch(text))
        {
            var y = int.Parse(DatePatterns.TrailingYear().Match(text).Groups["y"].ValueSpan);
            y = y < 100 ? 2000 + y : y;
            return new DateValue("FY" + y, "fiscal_year", new DateOnly(y - 1, 10, 1), new DateOnly(y, 9, 30));
        }

        if (Match(DatePatterns.IsoOnly(), text) is { } iso)
        {
            return Day(Int(iso, "y"), Int(iso, "mn"), Int(iso, "d"));
        }

        if (Match(DatePatterns.NumericOnly(), text) is { } num)
        {
            return Day(Int(num, "y"), Int(num, "mn"), Int(num, "d"));
        }

        if (Match(DatePatterns.DayMonthYearOnly(), text) is { } dmy && DateParts.TryMonth(dmy.Groups["m"].Value, out var dm))
        {
            return Day(Int(dmy, "y"), dm, Int(dmy, "d"));
        }

        if (Match(DatePatterns.MonthYearOnly(), text) is { } my && DateParts.TryMonth(my.Groups["m"].Value, out var mm))
        {
            return MonthOf(Int(my, "y"), mm);
        }

        if (Match(DatePatterns.MonthDayYear(), text) is { } mdy && DateParts.TryMonth(mdy.Groups["m"].Value, out var m))
        {
            var year = mdy.Groups["y"].Success ? Int(mdy, "y") : documentYear;
            return year is { } yr ? Day(yr, m, Int(mdy, "d")) : null;
        }

        if (DateParts.TryMonth(text, out var alone))
        {
            return documentYear is { } yr ? MonthOf(yr, alone) : null;
        }

        if (text.Length == 4 && int.TryParse(text, out var onlyYear))
        {
            return new DateValue(text, "year", new DateOnly(onlyYear, 1, 1), new DateOnly(onlyYear, 12, 31));
        }

        return null;
    }

    public static DateValue MonthOf(int year, int month) =>
        new(DateParts.IsoMonth(year, month), "month", new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    private static DateValue? Day(int year, int month, int day)
    {
        if (!DateParts.IsValid(year, month, day))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return new DateValue(DateParts.Iso(year, month, day), "date", date, date);
    }

    private static Match? Match(Regex regex, string text) => regex.Match(text) is { Success: true } m ? m : null;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan);
}
