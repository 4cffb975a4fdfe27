namespace HlsdExtract.Diff;

/// <summary>
/// Aligns the figures of two readouts on (operation, or topic when there is none; item; unit).
/// Within one group and unit, items pair by exact key, then by an added or dropped modifier,
/// then by head noun when that is unambiguous; equal values pair first, so an unchanged figure
/// is never reported as changed because a sibling moved.
/// </summary>
internal static class FactAligner
{
    public static List<AlignedFact> Align(IReadOnlyList<DiffFact> older, IReadOnlyList<DiffFact> newer)
    {
        var result = new List<AlignedFact>();
        var newerByBucket = newer.GroupBy(Bucket).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var pairedNewer = new HashSet<DiffFact>(ReferenceEqualityComparer.Instance);
        foreach (var bucket in older.GroupBy(Bucket))
        {
            var left = bucket.ToList();
            var right = newerByBucket.GetValueOrDefault(bucket.Key) ?? [];
            var pairs = new Dictionary<DiffFact, DiffFact>(ReferenceEqualityComparer.Instance);
            Pair(left, right, pairs, pairedNewer, (a, b) => ItemMatcher.Key(a.Item) == ItemMatcher.Key(b.Item), unique: false);
            Pair(left, right, pairs, pairedNewer, (a, b) => ItemMatcher.OneExtendsTheOther(a.Item, b.Item), unique: false);
            Pair(left, right, pairs, pairedNewer, (a, b) => ItemMatcher.SameHead(a.Item, b.Item), unique: true);
            foreach (var fact in left)
            {
                result.Add(pairs.TryGetValue(fact, out var match)
                    ? new AlignedFact(match.Value == fact.Value ? FactStatus.Unchanged : FactStatus.Changed, fact, match)
                    : new AlignedFact(FactStatus.Dropped, fact, null));
            }
        }

        result.AddRange(newer.Where(f => !pairedNewer.Contains(f)).Select(f => new AlignedFact(FactStatus.Added, null, f)));
        return result;
    }

    private static string Bucket(DiffFact fact) => fact.Group + "\u0001" + fact.Unit;

    /// <summary>Pairs still-unpaired facts that <paramref name="match"/>: equal values first, then in document order.</summary>
    private static void Pair(List<DiffFact> left, List<DiffFact> right, Dictionary<DiffFact, DiffFact> pairs, HashSet<DiffFact> taken, Func<DiffFact, DiffFact, bool> match, bool unique)
    {
        foreach (var sameValueFirst in new[] { true, false })
        {
            foreach (var a in left.Where(a => !pairs.ContainsKey(a)))
            {
                var candidates = right.Where(b => !taken.Contains(b) && match(a, b)).ToList();
                if (unique && (candidates.Count != 1 || left.Count(x => !pairs.ContainsKey(x) && match(x, candidates[0])) != 1))
                {
                    continue;
                }

                var b = sameValueFirst ? candidates.FirstOrDefault(c => c.Value == a.Value) : candidates.FirstOrDefault();
                if (b is not null)
                {
                    pairs[a] = b;
                    taken.Add(b);
                }
            }
        }
    }
}
