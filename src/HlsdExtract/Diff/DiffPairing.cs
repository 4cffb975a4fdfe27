namespace HlsdExtract.Diff;

/// <summary>
/// Pairs the documents of two sides. One document each: that pair. Otherwise by meeting date:
/// each newer readout with the latest older readout held before it (its previous meeting);
/// documents without a meeting date are not paired.
/// </summary>
public static class DiffPairing
{
    public static List<(DiffDocument Older, DiffDocument Newer)> Pair(IReadOnlyList<DiffDocument> older, IReadOnlyList<DiffDocument> newer)
    {
        if (older.Count == 1 && newer.Count == 1)
        {
            return [(older[0], newer[0])];
        }

        var dated = older.Where(d => d.MeetingDate is not null).OrderBy(d => d.MeetingDate, StringComparer.Ordinal).ToList();
        var pairs = new List<(DiffDocument, DiffDocument)>();
        foreach (var n in newer.Where(d => d.MeetingDate is not null).OrderBy(d => d.MeetingDate, StringComparer.Ordinal))
        {
            var previous = dated.LastOrDefault(o => string.CompareOrdinal(o.MeetingDate, n.MeetingDate) < 0);
            if (previous is not null)
            {
                pairs.Add((previous, n));
            }
        }

        return pairs;
    }
}
