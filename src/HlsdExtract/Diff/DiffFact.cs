namespace HlsdExtract.Diff;

/// <summary>One figure as the diff sees it: its alignment key parts, value and provenance.</summary>
public sealed record DiffFact
{
    public string? Operation { get; init; }
    public string? Topic { get; init; }
    public string? Goal { get; init; }
    public string? Heading { get; init; }
    public string? Item { get; init; }
    public required string Unit { get; init; }
    public required decimal Value { get; init; }
    public required string Text { get; init; }
    public string? Sentence { get; init; }
    public string? BlockId { get; init; }

    /// <summary>What the figure is about: its operation, else its topic, else its heading.</summary>
    public string Group => Operation ?? Topic ?? Heading ?? "(none)";
}
