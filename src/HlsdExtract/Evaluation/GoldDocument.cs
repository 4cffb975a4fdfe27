namespace HlsdExtract.Evaluation;

/// <summary>A text with its hand-made gold annotations (the format of <c>corpus/gold/</c>).</summary>
public sealed record GoldDocument
{
    public required string Id { get; init; }
    public required string TextPath { get; init; }
    public IReadOnlyList<GoldName> Names { get; init; } = [];
    public IReadOnlyList<string> Boilerplate { get; init; } = [];
    public IReadOnlyList<(decimal Value, string Unit)> Quantities { get; init; } = [];
    public IReadOnlyList<string> Dates { get; init; } = [];
    public string? DocumentDate { get; init; }

    public IEnumerable<GoldName> OfType(string type) => Names.Where(n => n.Type == type);
}
