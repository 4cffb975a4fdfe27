namespace HlsdExtract.Model;

/// <summary>A date expression with its normalized value and the ISO days it covers.</summary>
public sealed record DateMention
{
    public string Id { get; init; } = "";
    public required string Text { get; init; }
    public required string Normalized { get; init; }
    public required string Kind { get; init; }
    public string? RangeStart { get; init; }
    public string? RangeEnd { get; init; }
    public string? BlockId { get; init; }
    public required TextSpan Span { get; init; }
}
