using HlsdExtract.Model;

namespace HlsdExtract.Gold;

/// <summary>A text with its hand-made gold annotations (the format of <c>corpus/gold/</c>).</summary>
public sealed record GoldDocument
{
    public required string Id { get; init; }
    public required string TextPath { get; init; }
    public IReadOnlyList<GoldName> Names { get; init; } = [];
    public IReadOnlyList<string> Boilerplate { get; init; } = [];
    public IReadOnlyList<(decimal Value, string Unit)> Quantities { get; init; } = [];
    public IReadOnlyList<string> Dates { get; init; } = [];

    /// <summary>Gold figures marked <c>optional</c>: an extractor may report or omit them (neither a miss nor a false positive).</summary>
    public IReadOnlyList<(decimal Value, string Unit)> OptionalQuantities { get; init; } = [];

    /// <summary>Gold dates marked <c>optional</c>.</summary>
    public IReadOnlyList<string> OptionalDates { get; init; } = [];
    public string? DocumentDate { get; init; }

    public IEnumerable<GoldName> OfType(EntityKind type) => Names.Where(n => n.Type == type);
}
