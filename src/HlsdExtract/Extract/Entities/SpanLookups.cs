namespace HlsdExtract.Extract.Entities;

/// <summary>Word sets the learned features test each token against, looked up by span.</summary>
internal sealed class SpanLookups(IEnumerable<string> agencyHeads, IEnumerable<string> programHeads, IEnumerable<string> givenNames)
{
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgencyHeads { get; } = Lookup(agencyHeads);

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProgramHeads { get; } = Lookup(programHeads);

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNames { get; } = Lookup(givenNames);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
