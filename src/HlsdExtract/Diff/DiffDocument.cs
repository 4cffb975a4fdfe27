namespace HlsdExtract.Diff;

/// <summary>What one readout contributes to a diff, built from a fresh extraction or an extraction JSON.</summary>
public sealed record DiffDocument
{
    public required string DocId { get; init; }
    public required string Path { get; init; }
    public string? Title { get; init; }
    public string? MeetingDate { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<DiffFact> Facts { get; init; } = [];
    public IReadOnlyList<DiffHeading> Headings { get; init; } = [];
    public IReadOnlyList<string> Operations { get; init; } = [];
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>The name a report uses for this side: its file name.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}
