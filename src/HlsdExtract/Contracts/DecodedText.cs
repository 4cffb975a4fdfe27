namespace HlsdExtract.Contracts;

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

    /// <summary>
    /// The headline the format declares outside its body (Markdown front matter): the ingestor puts
    /// it on the text's first line as the title, where the chrome rules never see it.
    /// </summary>
    public string? Headline { get; init; }

    /// <summary>The tags the source declares (front matter).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// The body's heading lines, in order, when the format marks its structure (Markdown); null when
    /// the segmenter must find headings by their looks.
    /// </summary>
    public IReadOnlyList<string>? Headings { get; init; }

    /// <summary>Chrome the reader dropped itself (end marks), with its reason.</summary>
    public IReadOnlyList<Model.BoilerplateItem> Removed { get; init; } = [];
}
