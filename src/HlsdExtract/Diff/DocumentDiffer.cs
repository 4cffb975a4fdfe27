namespace HlsdExtract.Diff;

/// <summary>Builds the <see cref="DiffReport"/> of two readouts: aligned facts, entity sets, headings.</summary>
public static class DocumentDiffer
{
    public static DiffReport Diff(DiffDocument older, DiffDocument newer)
    {
        var headings = HeadingAligner.Align(older.Headings, newer.Headings);
        return new()
        {
            Older = older,
            Newer = newer,
            Facts = FactAligner.Align(older.Facts, newer.Facts),
            HeadingsRenamed = headings.Renamed,
            HeadingsAdded = headings.Added,
            HeadingsDropped = headings.Dropped,
            GoalMarkersOlder = headings.GoalsOlder,
            GoalMarkersNewer = headings.GoalsNewer,
            OperationsAdded = Minus(newer.Operations, older.Operations),
            OperationsDropped = Minus(older.Operations, newer.Operations),
            AgenciesAdded = Minus(newer.Agencies, older.Agencies),
            AgenciesDropped = Minus(older.Agencies, newer.Agencies),
            ProgramsAdded = Minus(newer.Programs, older.Programs),
            ProgramsDropped = Minus(older.Programs, newer.Programs),
        };
    }

    private static List<string> Minus(IEnumerable<string> a, IEnumerable<string> b)
    {
        var remove = b.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return a.Where(x => !remove.Contains(x)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
