using AngleSharp.Dom;

namespace HlsdExtract.Ingest.Html;

/// <summary>Which elements are page chrome or hidden, and which break blocks.</summary>
internal static class HtmlChrome
{
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg",
        "canvas", "button", "select", "option", "object", "embed", "menu", "dialog", "head", "img", "picture",
        "video", "audio", "input", "textarea", "math",
    };

    private static readonly HashSet<string> HiddenClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "sr-only", "visually-hidden", "screen-reader-text", "hidden", "skip-link", "usa-sr-only", "element-invisible",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "blockquote", "pre", "table", "tr", "td", "th",
        "dt", "dd", "figure", "figcaption", "address", "br", "hr", "body", "center", "caption", "summary", "details",
    };

    public static bool IsSkipped(IElement element)
    {
        var name = element.LocalName;
        if (SkippedTags.Contains(name))
        {
            return true;
        }

        // A page header is chrome unless it carries the page's headline.
        if (name == "header" && element.QuerySelector("h1") is null)
        {
            return true;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("style") is { } style)
        {
            var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return element.ClassList.Any(HiddenClasses.Contains);
    }

    public static HtmlBlockKind BlockKindOf(string localName) => localName switch
    {
        "li" => HtmlBlockKind.Bullet,
        "ul" or "ol" or "dl" => HtmlBlockKind.List,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => HtmlBlockKind.Heading,
        _ when BlockTags.Contains(localName) => HtmlBlockKind.Paragraph,
        _ => HtmlBlockKind.Inline,
    };
}
