using System.Buffers;

namespace HlsdExtract.Language;

/// <summary>Span views of the word sets the learned features and the people rule test each token against (the sets themselves, not copies).</summary>
internal sealed class SpanLookups
{
    /// <summary>Bits of <see cref="Flags"/>.</summary>
    public const byte AgencyHead = 1, ProgramHead = 2, GivenName = 4;

    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> flags;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> givenNames;

    /// <summary>The first letters of the given names: most tokens are ruled out without hashing them.</summary>
    private readonly SearchValues<char> givenNameStarts;

    public SpanLookups(HashSet<string> agencyHeads, HashSet<string> programHeads, HashSet<string> givenNames)
    {
        AgencyHeads = agencyHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        this.givenNames = givenNames.GetAlternateLookup<ReadOnlySpan<char>>();
        givenNameStarts = SearchValues.Create(givenNames.Where(n => n.Length > 0).Select(n => n[0]).Distinct().ToArray());
        var byWord = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (set, bit) in new[] { (agencyHeads, AgencyHead), (programHeads, ProgramHead), (givenNames, GivenName) })
        {
            foreach (var word in set)
            {
                byWord[word] = (byte)(byWord.GetValueOrDefault(word) | bit);
            }
        }

        flags = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgencyHeads { get; }

    /// <summary>Whether <paramref name="word"/> is a given name, ruling most words out by their first letter.</summary>
    public bool IsGivenName(ReadOnlySpan<char> word) => word.Length > 0 && givenNameStarts.Contains(word[0]) && givenNames.Contains(word);

    /// <summary>Which of the three sets hold <paramref name="word"/>, as <see cref="AgencyHead"/> | <see cref="ProgramHead"/> | <see cref="GivenName"/> bits, in one lookup.</summary>
    public byte Flags(ReadOnlySpan<char> word) => flags.TryGetValue(word, out var bits) ? bits : (byte)0;
}
