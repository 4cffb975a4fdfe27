namespace HlsdExtract.Extract.Quantities;

/// <summary>A figure found in one block, with offsets relative to the block text.</summary>
internal sealed record RawQuantity(int Start, int End, decimal Value, string Unit, decimal? ValueKg, string? Item, string? Qualifier);
