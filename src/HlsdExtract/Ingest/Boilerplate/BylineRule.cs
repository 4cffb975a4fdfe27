using System.Text.RegularExpressions;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// Bylines ("By The Trucker News Staff -", "Published by: Jane Roe on Dec 21, 2011") and the
/// author box a page repeats at its end: the byline's name alone on a line, and the line after it
/// when it starts with that name (the author's blurb). A byline's date stays in the text.
/// </summary>
internal sealed partial class BylineRule : IBoilerplateRule
{
    public void Apply(BoilerplateScan scan)
    {
        var authors = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            var m = Byline().Match(scan.Lines[i]);
            if (!m.Success || scan.IsRemoved(i))
            {
                continue;
            }

            authors.Add(m.Groups["name"].Value.Trim());
            var date = LineShapes.FindKeptDate(scan.Lines[i]);
            if (date.Success)
            {
                scan.Keep(i, date.Index, date.Length, "byline");
            }
            else
            {
                scan.Remove(i, "byline");
            }
        }

        for (var i = 0; i < scan.Lines.Count; i++)
        {
            if (scan.IsRemoved(i) || !authors.Contains(scan.Lines[i].Trim()))
            {
                continue;
            }

            scan.Remove(i, "author-box");
            var next = scan.NextNonBlank(i);
            if (next >= 0 && scan.Lines[next].StartsWith(scan.Lines[i].Trim() + " ", StringComparison.Ordinal))
            {
                scan.Remove(next, "author-box");
            }
        }
    }

    /// <summary>"By Name -", "Published by Name", "Posted by: Name on &lt;date&gt;": a name of capitalized words, short.</summary>
    [GeneratedRegex(@"^(?:By|Published by|Posted by|Written by|Por)\b:? +(?<name>[\p{Lu}][\p{L}.'’-]*(?: (?:[\p{Lu}][\p{L}.'’-]*|of|the|de|la)){0,5})(?: *[-–—|,]| on .{4,30})?$", RegexOptions.None, 1000)]
    private static partial Regex Byline();
}
