namespace HlsdExtract.Extract.Quantities;

/// <summary>
/// A number read from digits or words, before its unit and item: where it is, its value, and the
/// marks around it that change its meaning: a hyphenated unit ("240-month", "59-count"), or a
/// capitalized word number opening a sentence before a capitalized word ("Four U.S. citizens"),
/// which is a figure only when a common noun follows.
/// </summary>
internal readonly record struct NumberCandidate(int Start, int End, decimal Value, bool HasScale, bool Plus, string? Currency, string? HyphenUnit = null, bool NeedsCommonNoun = false);
