using System.Globalization;

namespace HlsdExtract.Diff;

/// <summary>
/// The kind of period a figure counts over, from cue phrases in its own part of the sentence (then
/// the sentence) and the extracted period: a running total, about one year, one dated event, or unstated.
/// A period "since X" is one year when X is within 13 months of the meeting (since the last dialogue).
/// A lone year yields to a running-total cue of the sentence ("Since its inception in FY2020, ... 800 arrests"):
/// the year is then where the total starts.
/// </summary>
internal static class PeriodKinds
{
    private const int YearMonths = 13;

    public static PeriodKind Classify(string clause, string? sentence, string? period, string? meetingDate)
    {
        var own = clause.ToLowerInvariant();
        var whole = (sentence ?? clause).ToLowerInvariant();
        if (Has(own, DiffWords.CumulativeCues))
        {
            return PeriodKind.Cumulative;
        }

        if (Has(own, DiffWords.WindowCues))
        {
            return PeriodKind.Window;
        }

        var fromPeriod = FromPeriod(period, meetingDate);
        var yearOnly = fromPeriod == PeriodKind.Window && !period!.Contains('/', StringComparison.Ordinal);
        if (fromPeriod is PeriodKind.Unstated or PeriodKind.Event || yearOnly)
        {
            if (Has(whole, DiffWords.CumulativeCues))
            {
                return PeriodKind.Cumulative;
            }

            if (Has(whole, DiffWords.WindowCues))
            {
                return PeriodKind.Window;
            }
        }

        return fromPeriod == PeriodKind.Event && !OpensOnADate(whole) ? PeriodKind.Unstated : fromPeriod;
    }

    /// <summary>The kind an extracted period gives alone: "FY2023" and "2022" a year, "a/b" by its length, "a/" by its start, a month or day an event.</summary>
    public static PeriodKind FromPeriod(string? period, string? meetingDate)
    {
        if (string.IsNullOrEmpty(period))
        {
            return PeriodKind.Unstated;
        }

        if (period.StartsWith("FY", StringComparison.OrdinalIgnoreCase) || period.Length == 4)
        {
            return PeriodKind.Window;
        }

        var slash = period.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return PeriodKind.Event;
        }

        var from = Months(period[..slash]);
        var to = slash == period.Length - 1 ? Months(meetingDate) : Months(period[(slash + 1)..]);
        return from is { } a && to is { } b && b - a <= YearMonths ? PeriodKind.Window : PeriodKind.Cumulative;
    }

    /// <summary>The sentence opens on a month or a day ("In August, ...", "On July 6, ...", "May 2022: ..."), not on a year.</summary>
    public static bool OpensOnADate(string sentence)
    {
        var words = sentence.TrimStart().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 0 && (words[0] == "in" || words[0] == "on") ? 1 : 0;
        return words.Length > first && DiffWords.Months.Contains(words[first].TrimEnd(',', ':'));
    }

    private static bool Has(string text, IEnumerable<string> cues) => cues.Any(c => text.Contains(c, StringComparison.Ordinal));

    /// <summary>Months since year 0 of an ISO date or month ("2022-10", "2022-10-05", "2022"), or null.</summary>
    private static int? Months(string? iso)
    {
        if (iso is not { Length: >= 4 } || !int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var month = iso.Length >= 7 && int.TryParse(iso.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 1;
        return year * 12 + month;
    }
}
