using System.Text.RegularExpressions;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// Chrome after the story: a tag list under its label ("Tags" then the tags), reprint and
/// syndication credits ("... published this content on ...", "Republished from"), an image's
/// alt text ("news release header image"), and after the last prose a known agency's name alone
/// (the site's), with the few links that follow it.
/// </summary>
internal sealed partial class FooterRule : IBoilerplateRule
{
    public void Apply(BoilerplateScan scan)
    {
        var lastProse = -1;
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            var line = scan.Lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (!scan.IsRemoved(i) && scan.IsProse(i) && !Credit().IsMatch(line))
            {
                lastProse = i;
            }

            if (TagLabel().IsMatch(line) && scan.NextNonBlank(i) is var next && next >= 0 && !scan.IsProse(next))
            {
                scan.Remove(i, "tags");
                scan.Remove(next, "tags");
            }
            else if (line.Length < 200 && InlineTags().IsMatch(line))
            {
                scan.Remove(i, "tags");
            }
            else if (line.Length < 400 && Credit().IsMatch(line))
            {
                scan.Remove(i, "reprint-credit");
            }
            else if (ImageAlt().IsMatch(line))
            {
                scan.Remove(i, "image-alt");
            }
        }

        if (lastProse < 0)
        {
            return;
        }

        // A footer is a few lines at the very end: a longer tail after the last prose is the story's own ending (a list, a signature, a transcript).
        var footer = scan.ContentLines().SkipWhile(i => i <= lastProse).ToList();
        var site = footer.FindIndex(i => LineShapes.IsKnownName(scan.Lines[i]));
        if (site >= 0 && footer.Count - site <= MaxFooterLines && footer.Skip(site).All(i => !scan.IsProse(i)))
        {
            foreach (var i in footer.Skip(site))
            {
                scan.Remove(i, "site-footer");
            }
        }
    }

    private const int MaxFooterLines = 4;

    [GeneratedRegex(@"^(?:Tags|Topics|Related topics|Categories|Filed under|Etiquetas|Temas)\s*:?$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TagLabel();

    [GeneratedRegex(@"^(?:Tags|Topics|Categories|Filed under|Etiquetas|Temas)\s*:\s*\S", RegexOptions.None, 1000)]
    private static partial Regex InlineTags();

    [GeneratedRegex(@"\bpublished this content on\b|\bis solely responsible for the information\b|^(?:Republished|Reprinted|Syndicated) (?:from|with permission|by)\b|^(?:Republished|Reprinted) from$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:[\p{L}/-]+ ){0,4}(?:header |banner |featured |hero )?(?:image|photo|logo|icon|thumbnail)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ImageAlt();
}
