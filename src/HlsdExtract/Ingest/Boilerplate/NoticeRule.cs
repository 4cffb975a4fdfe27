using System.Text.RegularExpressions;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// Notices a site prints on every page, whatever the story: archive notices ("the archive
/// contains outdated information"), cookie and subscription prompts, copyright lines, a
/// "Welcome to &lt;site&gt;" greeting.
/// </summary>
internal sealed partial class NoticeRule : IBoilerplateRule
{
    public void Apply(BoilerplateScan scan)
    {
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            var line = scan.Lines[i];
            if (line.Length is 0 or > 400 || scan.IsRemoved(i))
            {
                continue;
            }

            var reason = Archive().IsMatch(line) ? "archive-notice"
                : Cookies().IsMatch(line) ? "cookie-prompt"
                : Subscribe().IsMatch(line) ? "subscription-prompt"
                : line.Length < 160 && Copyright().IsMatch(line) ? "copyright"
                : i == FirstLine(scan) && Greeting().IsMatch(line) ? "site-greeting"
                : null;
            if (reason is not null)
            {
                scan.Remove(i, reason);
            }
        }
    }

    private static int FirstLine(BoilerplateScan scan) => scan.Lines[0].Length > 0 ? 0 : scan.NextNonBlank(0);

    [GeneratedRegex(@"\b(?:archived?|archives|historical material)\b.{0,120}\b(?:outdated|no longer (?:updated|maintained|current)|may not reflect|frozen in time)\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Archive();

    [GeneratedRegex(@"\b(?:we use cookies|(?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|manage cookies)\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Cookies();

    [GeneratedRegex(@"\b(?:subscribe to (?:our|the) (?:newsletter|mailing list|email updates)|sign up for (?:our|email|the) (?:newsletter|updates|alerts)|get (?:email|e-mail) updates)\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Subscribe();

    [GeneratedRegex(@"^(?:Copyright\b|©|\(c\) [12][0-9]{3})", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^Welcome to (?:the )?[\p{Lu}][\p{L}.-]*(?: [\p{Lu}][\p{L}.-]*)*[,.!]", RegexOptions.None, 1000)]
    private static partial Regex Greeting();
}
