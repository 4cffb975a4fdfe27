namespace HlsdExtract.Model;

/// <summary>A heading (or none, for the preamble) and the blocks under it.</summary>
public sealed record Section
{
    public required string Id { get; init; }
    public string? Heading { get; init; }
    public TextSpan? HeadingSpan { get; init; }
    public bool HeadingInferred { get; init; }
    public string? Topic { get; init; }
    public string? Goal { get; init; }
    public IReadOnlyList<Block> Blocks { get; init; } = [];
}
