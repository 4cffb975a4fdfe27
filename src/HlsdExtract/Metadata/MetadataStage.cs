using System.Text.RegularExpressions;
using HlsdExtract.Extract.Dates;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Metadata;

/// <summary>
/// Meeting date and place from the opening sentence ("On October 5, ... met ... in Mexico City,
/// Mexico"), and the document year that year-less dates take: the meeting's year, else that of
/// the latest full date in the text, else the banner's.
/// </summary>
public sealed partial class MetadataStage : IDocumentStage
{
    public string Name => "metadata";

    public Document Process(Document document, StageContext context)
    {
        var metadata = document.Metadata;
        var latest = FullDates.Latest(document.Text);
        // The publication date a page declares anchors year-less dates better than the day it was scraped.
        DateOnly? retrieved = (metadata.PublishedDate ?? metadata.RetrievedDate) is { } r ? DateOnly.ParseExact(r, "yyyy-MM-dd") : null;
        var opening = OpeningSentence(document);
        string? meetingDate = null, location = null;
        if (opening is not null && MeetingVerb().IsMatch(opening))
        {
            meetingDate = MeetingDate(opening, latest, retrieved);
            location = Location().Match(opening) is { Success: true } loc ? loc.Groups["place"].Value : null;
        }

        var year = meetingDate is not null ? int.Parse(meetingDate.AsSpan(0, 4)) : latest?.Year ?? retrieved?.Year;
        return document with
        {
            Metadata = metadata with { MeetingDate = meetingDate, Location = location, DocumentYear = year },
        };
    }

    private static string? OpeningSentence(Document document)
    {
        var first = document.Sentences.FirstOrDefault();
        return first is null ? null : document.Slice(first.Span);
    }

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

    [GeneratedRegex(@"\b(?:met|meet|meeting|convened|gathered|held|hosted)\b", RegexOptions.None, 1000)]
    private static partial Regex MeetingVerb();

    [GeneratedRegex(@"\b(?:met|meet|meeting|convened|gathered|held|hosted)\b[^.]*?\bin (?<place>[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)*(?:, [A-Z][\p{L}.'-]+(?: [A-Z][\p{L}'-]+)*)?)", RegexOptions.None, 1000)]
    private static partial Regex Location();
}
