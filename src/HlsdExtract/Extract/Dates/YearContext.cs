using System.Text.RegularExpressions;
using HlsdExtract.Language.Dates;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Dates;

/// <summary>
/// The year a year-less date ("On February 8") is in, and the day relative ones ("today", "over
/// the past year") count from. A declared meeting or publication date decides both; else a stamp
/// in the opening lines (an ISO date anywhere, as in front matter or "Report2020-08-05", or a line
/// opening with a full date, as a dateline "March 22, 2023" or "Thu, 09/28/2023"). Otherwise
/// the latest mention written with its year (a day or a month; a bare year may be a plan, "at their next meeting in 2017") gives the document's own time: its year, or,
/// when that mention lies in the last quarter and the year-less date in the first half of a year,
/// the following one ("visited in December 2023 ... On February 8" is 2024). Checked on 6,000
/// archive documents (not speeches), whose front-matter year these rules give as often as the
/// latest dated mention's year alone does (515 and 514 of 839 year-less dates).
/// </summary>
internal sealed partial class YearContext
{
    private readonly DateOnly? latest;

    private YearContext(int? year, DateOnly? latest, DateOnly? documentDate)
    {
        Year = year;
        this.latest = latest;
        DocumentDate = documentDate;
    }

    public int? Year { get; }

    /// <summary>The day the document speaks from, when it says.</summary>
    public DateOnly? DocumentDate { get; }

    public static YearContext Of(DocumentMetadata metadata, string documentText, IEnumerable<string> blockTexts)
    {
        if ((metadata.MeetingDate ?? metadata.PublishedDate) is { } declared)
        {
            var day = DateOnly.ParseExact(declared, "yyyy-MM-dd");
            return new YearContext(metadata.MeetingDate is not null ? metadata.DocumentYear : day.Year, null, day);
        }

        if (Stamp(documentText) is { } stamp)
        {
            return new YearContext(stamp.Year, null, stamp);
        }

        DateOnly? latest = null;
        foreach (var text in blockTexts)
        {
            foreach (var (_, _, value) in DateScanner.Scan(text, null, null))
            {
                if (value.Kind is "date" or "month" && value.Start is { } start && (latest is null || start > latest))
                {
                    latest = start;
                }
            }
        }

        return latest is { } l ? new YearContext(l.Year, l, null) : new YearContext(metadata.DocumentYear, null, null);
    }

    private static DateOnly? Stamp(string text)
    {
        var opening = text[..Math.Min(text.Length, 1500)];
        foreach (var line in opening.Split('\n'))
        {
            var m = StampIn().Match(line);
            if (m.Success && DateAtomParser.Parse(m.Groups["d"].Value, null) is { Kind: "date", Start: { } day })
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The mention's value with the year moved on when the rule above says so.</summary>
    public DateValue Resolve(string mention, DateValue value, DateOnly? documentDate)
    {
        if (latest is not { } l || l.Month < 10 || value.Start is not { } start || start.Year != l.Year || start.Month > 6 || WrittenYear().IsMatch(mention))
        {
            return value;
        }

        return DateScanner.Scan(mention, l.Year + 1, documentDate) is [var (_, _, moved)] ? moved : value;
    }

    [GeneratedRegex(@"(?<d>(?<![0-9])(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}(?![0-9]))|^\s*(?<d>(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,? )?(?:[A-Z][a-z]+\.? [0-9]{1,2}, (?:19|20)[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9]{2}))(?![0-9])", RegexOptions.None)]
    private static partial Regex StampIn();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}|FY ?[0-9]{2}", RegexOptions.None)]
    private static partial Regex WrittenYear();
}
