using System.Text.RegularExpressions;
using HlsdExtract.Contracts;
using HlsdExtract.Language.Dates;
using HlsdExtract.Model;

namespace HlsdExtract.Metadata;

/// <summary>
/// Meeting date and place from the first opening sentence that tells a meeting ("On October 5, ...
/// met ... in Mexico City, Mexico"; "Today, ... met" in a release published that day), and the
/// document year that year-less dates take: the meeting's year, else that of the latest full date
/// in the text, else the banner's.
/// </summary>
public sealed partial class MetadataStage : IDocumentStage
{
    /// <summary>How many opening sentences may tell the meeting.</summary>
    private const int MaxOpeningSentences = 12;

    public string Name => "metadata";

    public Document Process(Document document, StageContext context)
    {
        var metadata = document.Metadata;
        var latest = FullDates.Latest(document.Text);
        // The publication date a page declares anchors year-less dates better than the day it was scraped.
        DateOnly? retrieved = (metadata.PublishedDate ?? metadata.RetrievedDate) is { } r ? DateOnly.ParseExact(r, "yyyy-MM-dd") : null;
        string? meetingDate = null, location = null;
        var first = true;
        foreach (var opening in OpeningSentences(document).Where(s => MeetingVerb().IsMatch(s)))
        {
            meetingDate = MeetingDate(opening, metadata.PublishedDate is null ? latest : null, retrieved)
                ?? (Today().IsMatch(opening) ? metadata.PublishedDate : null);
            if (meetingDate is not null || first)
            {
                location = Location().Match(opening) is { Success: true } loc ? loc.Groups["place"].Value : null;
            }

            first = false;
            if (meetingDate is not null)
            {
                break;
            }
        }

        var year = meetingDate is not null ? int.Parse(meetingDate.AsSpan(0, 4)) : latest?.Year ?? retrieved?.Year;
        return document with
        {
            Metadata = metadata with { MeetingDate = meetingDate, Location = location, DocumentYear = year },
        };
    }

    /// <summary>The opening paragraphs' first sentences: the meeting is told before the first heading.</summary>
    private static IEnumerable<string> OpeningSentences(Document document)
    {
        var preamble = document.Sections.FirstOrDefault() is { Heading: null } first ? first.Blocks.Select(b => b.Id).ToHashSet() : [];
        return document.Sentences
            .Where((s, i) => i == 0 || preamble.Contains(s.BlockId))
            .Take(MaxOpeningSentences)
            .Select(s => document.Slice(s.Span));
    }

    /// <summary>
    /// The date opening <paramref name="sentence"/>; a year-less one takes the year of the latest full
    /// date (<paramref name="latest"/>, null when a published date is declared) or is the last such
    /// day on or before <paramref name="retrieved"/> (the published date, else the day of retrieval).
    /// </summary>
    private static string? MeetingDate(string sentence, DateOnly? latest, DateOnly? retrieved)
    {
        var m = LeadingDate().Match(sentence);
        if (!m.Success || !DateParts.TryMonth(m.Groups["m"].Value, out var month))
        {
            return null;
        }

        var day = int.Parse(m.Groups["d"].ValueSpan);
        int year;
        if (m.Groups["y"].Success)
        {
            year = int.Parse(m.Groups["y"].ValueSpan);
        }
        else if (latest is { } l)
        {
            year = l.Year;
        }
        else if (retrieved is { } r)
        {
            year = month > r.Month || (month == r.Month && day > r.Day) ? r.Year - 1 : r.Year;
        }
        else
        {
            return null;
        }

        return DateParts.IsValid(year, month, day) ? DateParts.Iso(year, month, day) : null;
    }

    [GeneratedRegex(@"^(?:On|Today,|This week,)?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?<m>[A-Z][a-z]+)\.? (?<d>[0-9]{1,2})(?:, (?<y>[0-9]{4}))?\b", RegexOptions.None, 1000)]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"\b(?:met|meet|meeting|convened|gathered|held|hosted)\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex MeetingVerb();

    /// <summary>"Today, ... met": the meeting is on the day the release is published.</summary>
    [GeneratedRegex(@"\btoday\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Today();

    [GeneratedRegex(@"\b(?i:met|meet|meeting|convened|gathered|held|hosted)\b[^.]*?\b(?:in|at) (?<place>[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)*(?:, [A-Z][\p{L}.'-]+(?: [A-Z][\p{L}'-]+)*)?)", RegexOptions.None, 1000)]
    private static partial Regex Location();
}
