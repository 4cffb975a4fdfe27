using System.Text.RegularExpressions;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// The fields a page template prints around the story: end marks ("###", "-30-"), a date under a
/// field label ("Release Date: July 12, 2018", "date 2022-07-21"), a site or feed name stamped
/// with a clock time ("Border Security Report2020-08-05 10:04:03"), a contact line (a phone number,
/// "Media Contact:"), a "Source: agency" credit.
/// The date of a labelled or stamped line stays in the text; the label goes ("Updated ..." keeps its
/// label, which tells the date line reader that it is not the release date).
/// </summary>
internal sealed partial class PageFieldRule : IBoilerplateRule
{
    public void Apply(BoilerplateScan scan)
    {
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            var line = scan.Lines[i];
            if (line.Length == 0 || scan.IsRemoved(i))
            {
                continue;
            }

            if (EndMark().IsMatch(line))
            {
                scan.Remove(i, "end-mark");
            }
            else if (Labelled().Match(line) is { Success: true } field)
            {
                var date = field.Groups["date"];
                var rest = line[(date.Index + date.Length)..].Trim();
                var keep = LineShapes.IsProse(rest) ? line.Length - date.Index : date.Length;
                scan.Keep(i, date.Index, keep, "date-field");
            }
            else if (line.Length < 100 && !LineShapes.IsProse(line) && LineShapes.HasClockTime(line) && LineShapes.HasDate(line) && !MetadataKey().IsMatch(line))
            {
                var date = LineShapes.FindKeptDate(line);
                if (date.Success)
                {
                    scan.Keep(i, date.Index, date.Length, "time-stamp");
                }
                else
                {
                    scan.Remove(i, "time-stamp");
                }
            }
            else if (line.Length < 160 && !LineShapes.IsProse(line) && (LineShapes.HasPhone(line) || ContactLabel().IsMatch(line)))
            {
                scan.Remove(i, "contact");
            }
            else if (SourceCredit().Match(line) is { Success: true } source && LineShapes.IsCapitalizedName(source.Groups["name"].Value))
            {
                scan.Remove(i, "source-credit");
            }
        }
    }

    [GeneratedRegex(@"^\\?(?:# ?){3}$|^[-–—] ?30 ?[-–—]$", RegexOptions.None, 1000)]
    private static partial Regex EndMark();

    [GeneratedRegex(@"^(?:(?:Release|Publication|Posted|Published|Date)(?: date| on)?\s*:|(?:date|published|posted)\b:?)\s*(?<date>[12][0-9]{3}-[01][0-9]-[0-3][0-9]\b|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? [0-9]{1,2}(?:st|nd|rd|th)?, ?[0-9]{4})", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Labelled();

    /// <summary>"published_time: ...": a metadata key (front matter), which the reader owns.</summary>
    [GeneratedRegex(@"^[a-z_]+:", RegexOptions.None, 1000)]
    private static partial Regex MetadataKey();

    [GeneratedRegex(@"^(?:(?:Media|Press|Public Affairs) )?(?:Contacts?|Phone|Tel|Telephone|Fax|Cell|E-?mail)\s*:", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ContactLabel();

    [GeneratedRegex(@"^(?:Source|Fuente)\s*:\s*(?<name>[^:]{3,90})$", RegexOptions.None, 1000)]
    private static partial Regex SourceCredit();
}
