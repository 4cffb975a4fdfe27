namespace HlsdExtract.Extract.Quantities;

/// <summary>A number word found by <see cref="NumberWordScanner"/>: where it is, the word ("Twenty-five") and its scale word ("million"), if any.</summary>
internal readonly record struct NumberWord(int Index, int Length, string Word, string? Scale);
