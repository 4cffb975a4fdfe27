using AngleSharp.Dom;
using HlsdExtract.Language.Dates;

namespace HlsdExtract.Ingest.Html;

/// <summary>What a page's head declares: title, canonical URL, publication date.</summary>
internal sealed record HtmlMetadata(string? Title, string? CanonicalUrl, string? PublishedDate)
{
    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "dc.date", "dcterms.date",
        "pubdate", "publish-date", "dc.date.issued", "article:modified_time",
    ];

    public static HtmlMetadata From(IDocument document)
    {
        var title = Meta(document, "og:title") ?? Clean(document.QuerySelector("title")?.TextContent);
        var url = document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href") ?? Meta(document, "og:url");
        string? published = null;
        foreach (var name in DateMetas)
        {
            if (IsoDate(Meta(document, name)) is { } iso)
            {
                published = iso;
                break;
            }
        }

        published ??= IsoDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        return new HtmlMetadata(title, IsHttpUrl(url) ? url!.Trim() : null, published);
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return Clean(meta.GetAttribute("content"));
            }
        }

        return null;
    }

    private static string? Clean(string? value)
    {
        var text = value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>"2023-10-05T12:00:00Z" or "2023-10-05" or "October 5, 2023" to yyyy-MM-dd.</summary>
    internal static string? IsoDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        if (v.Length >= 10 && int.TryParse(v.AsSpan(0, 4), out var y) && v[4] == '-' && int.TryParse(v.AsSpan(5, 2), out var m)
            && v[7] == '-' && int.TryParse(v.AsSpan(8, 2), out var d) && DateParts.IsValid(y, m, d))
        {
            return DateParts.Iso(y, m, d);
        }

        return FullDates.Find(v).FirstOrDefault() is { } full && full.Start == 0 ? DateParts.Iso(full.Date.Year, full.Date.Month, full.Date.Day) : null;
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
