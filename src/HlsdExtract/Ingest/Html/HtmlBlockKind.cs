namespace HlsdExtract.Ingest.Html;

/// <summary>How an element breaks the text flow.</summary>
internal enum HtmlBlockKind
{
    Inline,
    Paragraph,
    Heading,
    Bullet,

    /// <summary>ul, ol, dl: its start and end are section-level boundaries.</summary>
    List,
}
