namespace HlsdExtract.Extract.Entities;

/// <summary>Span views of the word sets the learned features and the people rule test each token against (the sets themselves, not copies).</summary>
internal sealed class SpanLookups(HashSet<string> agencyHeads, HashSet<string> programHeads, HashSet<string> givenNames)
{
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgencyHeads { get; } = agencyHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProgramHeads { get; } = programHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNames { get; } = givenNames.GetAlternateLookup<ReadOnlySpan<char>>();
}
