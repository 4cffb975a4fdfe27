namespace HlsdExtract.Diff;

/// <summary>Builds the <see cref="DiffReport"/> of two readouts: aligned facts, entity sets, reworded headings.</summary>
public static class DocumentDiffer
{
    public static DiffReport Diff(DiffDocument older, DiffDocument newer) => new()
    {
        Older = older,
        Newer = newer,
        Facts = FactAligner.Align(older.Facts, newer.Facts),
        HeadingsRenamed = Renamed(older.Headings, newer.Headings),
        OperationsAdded = Minus(newer.Operations, older.Operations),
        OperationsDropped = Minus(older.Operations, newer.Operations),
        AgenciesAdded = Minus(newer.Agencies, older.Agencies),
        AgenciesDropped = Minus(older.Agencies, newer.Agencies),
        ProgramsAdded = Minus(newer.Programs, older.Programs),
        ProgramsDropped = Minus(older.Programs, newer.Programs),
    };

    private static List<string> Minus(IEnumerable<string> a, IEnumerable<string> b)
    {
        var remove = b.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return a.Where(x => !remove.Contains(x)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Per topic, the headings only the older side has paired in order with those only the newer side has.</summary>
    private static List<HeadingRename> Renamed(IReadOnlyList<DiffHeading> older, IReadOnlyList<DiffHeading> newer)
    {
        var result = new List<HeadingRename>();
        var newerTexts = newer.Select(h => h.Heading).ToHashSet(StringComparer.Ordinal);
        var olderTexts = older.Select(h => h.Heading).ToHashSet(StringComparer.Ordinal);
        foreach (var topic in older.Where(h => h.Topic is not null).Select(h => h.Topic!).Distinct(StringComparer.Ordinal))
        {
            var gone = older.Where(h => h.Topic == topic && !newerTexts.Contains(h.Heading)).ToList();
            var come = newer.Where(h => h.Topic == topic && !olderTexts.Contains(h.Heading)).ToList();
            result.AddRange(gone.Zip(come, (o, n) => new HeadingRename(o.Heading, n.Heading, topic)));
        }

        return result;
    }
}
