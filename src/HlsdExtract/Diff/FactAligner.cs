namespace HlsdExtract.Diff;

/// <summary>
/// Aligns the figures of two readouts on what is measured (see <see cref="FactScorer"/>): every
/// possible pair is scored, then pairs are taken best first, each figure once. A pair is a change
/// (or unchanged) when it clears the confidence bar and no untaken rival comes within
/// <see cref="Margin"/> of it; the rest above the lower bar are possible matches; what is left is
/// added or dropped. Equal values score higher, so an unchanged figure is not reported as changed
/// because a sibling moved.
/// </summary>
internal static class FactAligner
{
    public const double Margin = 0.75;

    /// <summary>Stems in more than this many sentences of the two readouts count half as context.</summary>
    private const int CommonAbove = 4;

    public static List<AlignedFact> Align(IReadOnlyList<DiffFact> older, IReadOnlyList<DiffFact> newer)
    {
        var scorer = new FactScorer(CommonWords(older.Concat(newer)));
        var contextOld = older.Select(f => ContextWords.Of(f.Context.Length > 0 ? f.Context : f.Sentence ?? f.Text, f.Item)).ToList();
        var contextNew = newer.Select(f => ContextWords.Of(f.Context.Length > 0 ? f.Context : f.Sentence ?? f.Text, f.Item)).ToList();
        var candidates = new List<(int Old, int New, PairScore Score)>();
        for (var i = 0; i < older.Count; i++)
        {
            for (var j = 0; j < newer.Count; j++)
            {
                if (FactScorer.IsIdentifier(older[i]) || FactScorer.IsIdentifier(newer[j]))
                {
                    continue;
                }

                var (ca, cb) = older[i].Item is null && newer[j].Item is null
                    ? (ContextWords.Of(older[i].Sentence ?? older[i].Text, null), ContextWords.Of(newer[j].Sentence ?? newer[j].Text, null))
                    : (contextOld[i], contextNew[j]);
                if (scorer.Score(older[i], newer[j], ca, cb) is { Score: >= FactScorer.Possible } s)
                {
                    candidates.Add((i, j, s));
                }
            }
        }

        candidates = [.. candidates
            .OrderByDescending(c => c.Score.Rank)
            .ThenByDescending(c => older[c.Old].Value == newer[c.New].Value)
            .ThenBy(c => c.Old)
            .ThenBy(c => c.New)];
        var pairOf = new Dictionary<int, (int New, PairScore Score, bool Confident)>();
        var takenNew = new HashSet<int>();
        foreach (var confidentPass in new[] { true, false })
        {
            foreach (var c in candidates.Where(c => !pairOf.ContainsKey(c.Old) && !takenNew.Contains(c.New)))
            {
                if (pairOf.ContainsKey(c.Old) || takenNew.Contains(c.New))
                {
                    continue;
                }

                if (confidentPass && (!c.Score.IsConfident || HasRival(candidates, c, pairOf, takenNew)))
                {
                    continue;
                }

                pairOf[c.Old] = (c.New, c.Score, confidentPass);
                takenNew.Add(c.New);
            }
        }

        var result = new List<AlignedFact>();
        for (var i = 0; i < older.Count; i++)
        {
            if (!pairOf.TryGetValue(i, out var p))
            {
                result.Add(new AlignedFact(FactStatus.Dropped, older[i], null));
                continue;
            }

            var b = newer[p.New];
            var status = !p.Confident ? FactStatus.Possible : b.Value == older[i].Value ? FactStatus.Unchanged : FactStatus.Changed;
            var why = p.Confident ? [] : p.Score.Why.Count > 0 ? p.Score.Why : HasRival(candidates, (i, p.New, p.Score), [], []) ? ["another figure matches as well"] : ["below the confidence bar"];
            result.Add(new AlignedFact(status, older[i], b) { Score = p.Score.Score, Why = why });
        }

        result.AddRange(newer.Where((_, j) => !takenNew.Contains(j)).Select(f => new AlignedFact(FactStatus.Added, null, f)));
        return result;
    }

    /// <summary>An untaken pairing of either figure with another that scores within the margin.</summary>
    private static bool HasRival(List<(int Old, int New, PairScore Score)> candidates, (int Old, int New, PairScore Score) c, Dictionary<int, (int, PairScore, bool)> pairOf, HashSet<int> takenNew) =>
        candidates.Any(r => (r.Old == c.Old) != (r.New == c.New)
            && !pairOf.ContainsKey(r.Old) && !takenNew.Contains(r.New)
            && r.Score.Rank > c.Score.Rank - Margin);

    /// <summary>Stems of the distinct sentences of both readouts found in more than <see cref="CommonAbove"/> of them.</summary>
    private static HashSet<string> CommonWords(IEnumerable<DiffFact> facts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in facts.Select(f => f.Sentence ?? f.Text).Distinct(StringComparer.Ordinal))
        {
            foreach (var w in ContextWords.Of(sentence, null))
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        return counts.Where(kv => kv.Value > CommonAbove).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }
}
