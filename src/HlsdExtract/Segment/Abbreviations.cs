using HlsdExtract.Common;

namespace HlsdExtract.Segment;

/// <summary>Loads <c>Data/abbreviations.txt</c>: words after which a period does not end a sentence.</summary>
internal static class Abbreviations
{
    private static readonly Lazy<HashSet<string>> Set = new(() =>
        DataFiles.ReadTable("abbreviations.txt").Select(r => r[0].Trim()).ToHashSet(StringComparer.Ordinal));

    public static bool Contains(ReadOnlySpan<char> word) =>
        Set.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
