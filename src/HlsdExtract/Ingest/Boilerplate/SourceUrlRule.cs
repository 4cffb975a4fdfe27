using System.Text.RegularExpressions;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>"Official news published at &lt;url&gt;", "Source: &lt;url&gt;", "Originally published at &lt;url&gt;".</summary>
internal sealed partial class SourceUrlRule : IBoilerplateRule
{
    public void Apply(BoilerplateScan scan)
    {
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            // The pattern needs a URL: a line without "://" is skipped unread.
            if (!scan.Lines[i].Contains("://", StringComparison.Ordinal))
            {
                continue;
            }

            var m = PublishedAt().Match(scan.Lines[i]);
            if (m.Success && !scan.IsRemoved(i))
            {
                scan.Remove(i, "source-url");
                scan.SourceUrl ??= m.Groups["url"].Value.TrimEnd('.', ',', ')');
            }
        }
    }

    [GeneratedRegex(@"^(?:[\w ]{0,40}\b(?:published|posted|appeared|retrieved|found) (?:at|on|in|from)|Source|Originally at|Read more at)\s*:?\s*<?(?<url>https?://\S+?)>?\s*$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PublishedAt();
}
