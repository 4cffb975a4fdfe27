using System.Collections.Frozen;
using HlsdExtract.Language;

namespace HlsdExtract.Segment;

/// <summary>Loads <c>Data/en/abbreviations.txt</c>: words after which a period does not end a sentence.</summary>
internal static class Abbreviations
{
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Set = new(() =>
        LanguageData.English.Words("abbreviations.txt", StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    public static bool Contains(ReadOnlySpan<char> word) => Set.Value.Contains(word);
}
