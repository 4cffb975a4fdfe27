namespace HlsdExtract.Ingest;

/// <summary>
/// Text decoded from bytes, with the encoding used and how many bytes were invalid; structured
/// formats (HTML) also carry the metadata their markup declares.
/// </summary>
public sealed record DecodedText(string Text, string Encoding, int InvalidBytes)
{
    /// <summary>The declared title (og:title or &lt;title&gt;), when the format has one.</summary>
    public string? Title { get; init; }

    /// <summary>The canonical URL (link rel=canonical or og:url).</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The declared publication date, ISO yyyy-MM-dd.</summary>
    public string? PublishedDate { get; init; }
}
