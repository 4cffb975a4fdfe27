namespace HlsdExtract.Extract.Quantities;

/// <summary>A number read from digits or words, before its unit and item: where it is, its value, and the marks around it that change its meaning.</summary>
internal readonly record struct NumberCandidate(int Start, int End, decimal Value, bool HasScale, bool Plus, string? Currency);
