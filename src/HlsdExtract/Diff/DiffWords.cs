using System.Collections.Frozen;
using HlsdExtract.Common;

namespace HlsdExtract.Diff;

/// <summary>The word lists of <c>Data/diff-words.tsv</c>, one immutable set per category.</summary>
internal static class DiffWords
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Sets = DataFiles.ReadTable("diff-words.tsv")
        .Where(row => row.Length >= 2)
        .GroupBy(row => row[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(row => row[1].Trim()).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    public static FrozenSet<string> Determiners => Get("determiner");

    public static FrozenSet<string> Measures => Get("measure");

    public static FrozenSet<string> Increments => Get("increment");

    public static FrozenSet<string> Vague => Get("vague");

    public static FrozenSet<string> People => Get("person");

    public static FrozenSet<string> Places => Get("place");

    public static FrozenSet<string> Prepositions => Get("preposition");

    public static FrozenSet<string> Stop => Get("stop");

    public static FrozenSet<string> CumulativeCues => Get("cumulative");

    public static FrozenSet<string> WindowCues => Get("window");

    public static FrozenSet<string> Months => Get("month");

    private static FrozenSet<string> Get(string category) => Sets.TryGetValue(category, out var set) ? set : FrozenSet<string>.Empty;
}
