using System.Globalization;
using System.Text.RegularExpressions;
using HlsdExtract.Language.Dates;

namespace HlsdExtract.Ingest;

/// <summary>
/// The publication date a page writes on a line of its own by the headline: "Release Date: March
/// 14, 2024", "October 5, 2023", "Wednesday, November 29, 2023 10:00 AM", "Updated May 2, 2024".
/// A labelled or bare date line wins over an "Updated" one.
/// </summary>
internal static partial class DateLines
{
    /// <summary>How many non-blank lines before and after the title are read.</summary>
    private const int Window = 4;

    /// <summary>
    /// The date line nearest the line reading <paramref name="title"/> in <paramref name="text"/> (the
    /// text before chrome removal, which may take a date line's label), or near the top when there is
    /// no title; null when the title is not a line of <paramref name="text"/>.
    /// </summary>
    public static string? Published(string text, string? title)
    {
        var lines = text.Split('\n');
        var titleLine = title is null ? 0 : Array.IndexOf(lines, title);
        if (titleLine < 0)
        {
            return null;
        }

        string? updated = null;
        foreach (var line in Nearby(lines, titleLine))
        {
            if (DateOf(line, out var isUpdate) is not { } date)
            {
                continue;
            }

            if (!isUpdate)
            {
                return date;
            }

            updated ??= date;
        }

        return updated;
    }

    /// <summary>The date a line holds and nothing else (a label before it, a time after it), or null.</summary>
    internal static string? DateOf(string line, out bool isUpdate)
    {
        isUpdate = false;
        var label = Label().Match(line);
        var rest = line[label.Length..].Trim();
        if (rest.Length is 0 or > 60)
        {
            return null;
        }

        foreach (var (start, end, date) in FullDates.Find(rest))
        {
            if (Weekday().IsMatch(rest[..start]) && Tail().IsMatch(rest[end..]))
            {
                isUpdate = label.Groups["updated"].Success;
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static IEnumerable<string> Nearby(string[] lines, int titleLine)
    {
        var after = 0;
        for (var i = titleLine + 1; i < lines.Length && after < Window; i++)
        {
            if (lines[i].Length > 0)
            {
                after++;
                yield return lines[i];
            }
        }

        var before = 0;
        for (var i = titleLine - 1; i >= 0 && before < Window; i--)
        {
            if (lines[i].Length > 0)
            {
                before++;
                yield return lines[i];
            }
        }
    }

    [GeneratedRegex(@"^\s*(?:(?:(?<updated>(?:Last )?Updated|Modified)|Release(?:d)?|Published|Posted|Issued|Dated?|Publication)(?: [Dd]ate)?(?: on)?\s*[:|-]?\s*)?", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^[\s,|•·-]*(?:(?:at\s*)?[0-9]{1,2}(?::[0-9]{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*(?:[A-Z]{2,4})?)?\s*$", RegexOptions.None, 1000)]
    private static partial Regex Tail();
}
