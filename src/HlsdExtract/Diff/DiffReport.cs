namespace HlsdExtract.Diff;

/// <summary>Everything that changed between two readouts.</summary>
public sealed record DiffReport
{
    public required DiffDocument Older { get; init; }
    public required DiffDocument Newer { get; init; }
    public IReadOnlyList<AlignedFact> Facts { get; init; } = [];
    public IReadOnlyList<HeadingRename> HeadingsRenamed { get; init; } = [];
    public IReadOnlyList<string> HeadingsAdded { get; init; } = [];
    public IReadOnlyList<string> HeadingsDropped { get; init; } = [];

    /// <summary>Goal lines ("GOAL 1: PROTECT OUR PEOPLE") of each side: they mark goals, they are not sections that come or go.</summary>
    public IReadOnlyList<string> GoalMarkersOlder { get; init; } = [];
    public IReadOnlyList<string> GoalMarkersNewer { get; init; } = [];
    public IReadOnlyList<string> OperationsAdded { get; init; } = [];
    public IReadOnlyList<string> OperationsDropped { get; init; } = [];
    public IReadOnlyList<string> AgenciesAdded { get; init; } = [];
    public IReadOnlyList<string> AgenciesDropped { get; init; } = [];
    public IReadOnlyList<string> ProgramsAdded { get; init; } = [];
    public IReadOnlyList<string> ProgramsDropped { get; init; } = [];

    /// <summary>The six added/dropped name lists (operations, agencies, programs), in the order every output shows them.</summary>
    public IReadOnlyList<NameChange> NameChanges =>
    [
        new("operationsAdded", "Operations added", OperationsAdded),
        new("operationsDropped", "Operations dropped", OperationsDropped),
        new("agenciesAdded", "Agencies added", AgenciesAdded),
        new("agenciesDropped", "Agencies dropped", AgenciesDropped),
        new("programsAdded", "Programs added", ProgramsAdded),
        new("programsDropped", "Programs dropped", ProgramsDropped),
    ];

    public IEnumerable<AlignedFact> With(FactStatus status) => Facts.Where(f => f.Status == status);

    /// <summary>Changed facts, largest relative change first (absolute change breaks ties), then by group and item.</summary>
    public IReadOnlyList<AlignedFact> BiggestChanges() =>
        With(FactStatus.Changed)
            .OrderByDescending(f => Math.Abs(f.PercentChange ?? 0m))
            .ThenByDescending(f => Math.Abs(f.Change ?? 0m))
            .ThenBy(f => f.Group, StringComparer.Ordinal)
            .ThenBy(f => f.Item, StringComparer.Ordinal)
            .ToList();
}
