namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// The page header above the headline. The headline is the first line before the first prose
/// that reads as one (<see cref="LineShapes.IsHeadline"/>); every line above it is site chrome
/// (site names, menus, letterheads, category labels, banners) except the date of a dateline,
/// which stays as its own line. Between the headline and the first prose, a known agency's name
/// alone (the site's name) or a place alone (a dateline's) is chrome too; an office's name there
/// ("Office of the Spokesperson") is the release's issuer and stays. The headline becomes the title hint.
/// </summary>
internal sealed class HeaderRule : IBoilerplateRule
{
    /// <summary>A headline is looked for among this many lines at the top.</summary>
    private const int HeaderLines = 40;

    public void Apply(BoilerplateScan scan)
    {
        var headline = FindHeadline(scan);
        if (headline < 0)
        {
            return;
        }

        var above = scan.ContentLines().TakeWhile(i => i < headline).ToList();

        // A header is short lines; a sentence above the candidate (a subtitle, a deck) means the candidate is no headline.
        if (above.Any(i => LooksLikeText(scan.Lines[i])))
        {
            return;
        }

        foreach (var i in above)
        {
            var date = LineShapes.FindKeptDate(scan.Lines[i]);
            if (date.Success)
            {
                scan.Keep(i, date.Index, date.Length, "site-header");
            }
            else
            {
                scan.Remove(i, "site-header");
            }
        }

        foreach (var i in scan.ContentLines().SkipWhile(i => i <= headline).TakeWhile(i => !scan.IsProse(i)).Take(6).ToList())
        {
            if (LineShapes.IsKnownNameOrPlace(scan.Lines[i]))
            {
                scan.Remove(i, "site-name");
            }
        }

        scan.TitleHint ??= scan.Lines[headline];
    }

    /// <summary>The headline's line, or -1 when the text opens with prose or has no prose at all.</summary>
    public static int FindHeadline(BoilerplateScan scan)
    {
        var seen = 0;
        string? previous = null;
        foreach (var i in scan.ContentLines())
        {
            var line = scan.Lines[i];
            if (scan.IsProse(i) || ++seen > HeaderLines)
            {
                return -1;
            }

            // The two halves of a repeated line (a link and its title attribute) are not a headline.
            var next = scan.NextNonBlank(i);
            var repeated = line == previous || (next >= 0 && scan.Lines[next] == line);
            previous = line;
            if (!repeated && LineShapes.IsHeadline(line) && !WrapsOn(scan, next) && HasProseAfter(scan, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool LooksLikeText(string line) =>
        line.Trim().Length >= 60 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8 && !LineShapes.HasDate(line);

    /// <summary>Whether the line at <paramref name="next"/> continues a wrapped paragraph (starts lower case): then the line before it is no headline.</summary>
    public static bool WrapsOn(BoilerplateScan scan, int next) => next >= 0 && char.IsLower(scan.Lines[next].TrimStart()[0]);

    private static bool HasProseAfter(BoilerplateScan scan, int line) =>
        scan.ContentLines().SkipWhile(i => i <= line).Take(HeaderLines).Any(i => scan.IsProse(i));
}
