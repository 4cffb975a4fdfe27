namespace HlsdExtract.Model;

/// <summary>Document-level facts: ISO dates (yyyy-MM-dd) or null when not found.</summary>
public sealed record DocumentMetadata
{
    public static readonly DocumentMetadata Empty = new();

    public string? Title { get; init; }
    public string? MeetingDate { get; init; }
    public string? Location { get; init; }
    public string? SourceUrl { get; init; }
    public string? RetrievedDate { get; init; }

    /// <summary>The publication date the source declares (HTML meta tags, PDF info), when it has one.</summary>
    public string? PublishedDate { get; init; }
    public int? DocumentYear { get; init; }

    /// <summary>The tags the source declares (Markdown front matter); empty when it declares none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
