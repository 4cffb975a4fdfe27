namespace HlsdExtract.Diff;

/// <summary>Headings reworded, added and dropped between two readouts, and each side's goal lines (goal markers, not sections).</summary>
internal sealed record HeadingChanges(
    IReadOnlyList<HeadingRename> Renamed, IReadOnlyList<string> Added, IReadOnlyList<string> Dropped, IReadOnlyList<string> GoalsOlder, IReadOnlyList<string> GoalsNewer);
