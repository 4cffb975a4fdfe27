namespace HlsdExtract.Model;

/// <summary>A figure with its unit and counted item, tied to its operation, actors and period.</summary>
public sealed record QuantityMention
{
    public string Id { get; init; } = "";
    public required string Text { get; init; }
    public required decimal Value { get; init; }
    public required string Unit { get; init; }
    public decimal? ValueKg { get; init; }
    public string? Item { get; init; }
    public string? Qualifier { get; init; }
    public string? Operation { get; init; }
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public string? Period { get; init; }

    /// <summary>The id of the earlier figure of the document this one repeats (headline, lead and body telling one fact), or null.</summary>
    public string? RepeatOf { get; init; }
    public string? BlockId { get; init; }
    public required TextSpan Span { get; init; }
}
