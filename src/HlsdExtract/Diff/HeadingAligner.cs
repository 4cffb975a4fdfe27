using HlsdExtract.Segment;

namespace HlsdExtract.Diff;

/// <summary>
/// Pairs the headings only one year has. A goal line ("GOAL 1: PROTECT OUR PEOPLE", any heading
/// that carries a taxonomy goal name) marks a goal, not a section, so it is set apart. Others pair
/// one to one, best first, on topic and content: the same taxonomy topic counts 2, each shared
/// heading word 1, the overlap of the two sections' words up to 3. A pair needs the same topic, or
/// a shared heading word and some shared content.
/// </summary>
internal static class HeadingAligner
{
    private const double MinContentOverlap = 0.1;

    public static HeadingChanges Align(IReadOnlyList<DiffHeading> older, IReadOnlyList<DiffHeading> newer)
    {
        var goalsOld = older.Where(IsGoalMarker).Select(h => h.Heading).Distinct(StringComparer.Ordinal).ToList();
        var goalsNew = newer.Where(IsGoalMarker).Select(h => h.Heading).Distinct(StringComparer.Ordinal).ToList();
        var newerTexts = newer.Select(h => Normal(h.Heading)).ToHashSet(StringComparer.Ordinal);
        var olderTexts = older.Select(h => Normal(h.Heading)).ToHashSet(StringComparer.Ordinal);
        var gone = older.Where(h => !IsGoalMarker(h) && !newerTexts.Contains(Normal(h.Heading))).DistinctBy(h => h.Heading).ToList();
        var come = newer.Where(h => !IsGoalMarker(h) && !olderTexts.Contains(Normal(h.Heading))).DistinctBy(h => h.Heading).ToList();

        var candidates = new List<(int Old, int New, double Score)>();
        for (var i = 0; i < gone.Count; i++)
        {
            for (var j = 0; j < come.Count; j++)
            {
                if (Score(gone[i], come[j]) is { } s)
                {
                    candidates.Add((i, j, s));
                }
            }
        }

        var renamed = new List<(int Old, HeadingRename Rename)>();
        var usedOld = new HashSet<int>();
        var usedNew = new HashSet<int>();
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Old).ThenBy(c => c.New))
        {
            if (!usedOld.Contains(c.Old) && !usedNew.Contains(c.New))
            {
                usedOld.Add(c.Old);
                usedNew.Add(c.New);
                renamed.Add((c.Old, new HeadingRename(gone[c.Old].Heading, come[c.New].Heading, gone[c.Old].Topic ?? come[c.New].Topic ?? "")));
            }
        }

        return new HeadingChanges(
            renamed.OrderBy(r => r.Old).Select(r => r.Rename).ToList(),
            come.Where((_, j) => !usedNew.Contains(j)).Select(h => h.Heading).ToList(),
            gone.Where((_, i) => !usedOld.Contains(i)).Select(h => h.Heading).ToList(),
            goalsOld,
            goalsNew);
    }

    /// <summary>The heading names a goal of the taxonomy ("GOAL 2: PREVENT TRANSBORDER CRIME").</summary>
    public static bool IsGoalMarker(DiffHeading heading) =>
        Taxonomy.Default.Topics.Select(t => t.GoalName).Distinct(StringComparer.Ordinal)
            .Any(goal => heading.Heading.Contains(goal, StringComparison.OrdinalIgnoreCase));

    private static double? Score(DiffHeading a, DiffHeading b)
    {
        var sameTopic = a.Topic is not null && a.Topic == b.Topic;
        var words = ContextWords.Of(a.Heading, null).Intersect(ContextWords.Of(b.Heading, null), StringComparer.Ordinal).Count();
        var ca = ContextWords.Of(a.Content, null);
        var cb = ContextWords.Of(b.Content, null);
        var overlap = ca.Count == 0 || cb.Count == 0 ? 0 : (double)ca.Intersect(cb, StringComparer.Ordinal).Count() / ca.Union(cb, StringComparer.Ordinal).Count();
        if (!sameTopic && (words == 0 || overlap < MinContentOverlap))
        {
            return null;
        }

        return (sameTopic ? 2 : 0) + words + 3 * overlap;
    }

    private static string Normal(string heading) => heading.Trim().TrimEnd(':').Trim().ToLowerInvariant();
}
