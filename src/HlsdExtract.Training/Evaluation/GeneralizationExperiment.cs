using HlsdExtract.Extract.Learned;
using HlsdExtract.Gold;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Evaluation;

/// <summary>
/// How well the merged extractor finds agencies the gazetteer does not know: a seeded share of the
/// agencies that occur in the gold corpus is removed from the word lists, the tagger is retrained
/// leave-one-document-out on that reduced gazetteer, and the merged output is scored on the removed ones.
/// </summary>
public static class GeneralizationExperiment
{
    public static GeneralizationResult Run(IReadOnlyList<GoldDocument> gold, double fraction = 0.25, int seed = 2024, double threshold = EntityTagger.DefaultThreshold)
    {
        var goldKeys = gold.SelectMany(g => g.OfType(EntityKind.Agency)).SelectMany(a => a.Keys).ToHashSet(StringComparer.Ordinal);
        var occurring = WordLists.Default.Agencies
            .Where(a => Keys(a).Any(goldKeys.Contains))
            .OrderBy(a => a.Canonical, StringComparer.Ordinal)
            .ToList();
        var random = new Random(seed);
        var removed = occurring.OrderBy(_ => random.Next()).Take((int)Math.Round(occurring.Count * fraction)).ToList();
        var removedNames = removed.Select(a => a.Canonical).ToHashSet(StringComparer.Ordinal);
        var removedKeys = removed.SelectMany(Keys).ToHashSet(StringComparer.Ordinal);

        var evaluation = new EntityEvaluation(WordLists.WithoutAgencies(a => removedNames.Contains(a.Canonical)), threshold);
        var report = evaluation.LeaveOneOut(evaluation.Prepare(gold));
        int total = 0, rulesFound = 0, mergedFound = 0;
        var missed = new List<string>();
        foreach (var (doc, rules, merged) in report.Documents)
        {
            var targets = doc.OfType(EntityKind.Agency).Where(a => a.Required && a.Keys.Any(removedKeys.Contains)).ToList();
            total += targets.Count;
            mergedFound += NameScorer.Found(merged.Where(e => e.Type == EntityKind.Agency), targets);
            missed.AddRange(targets.Where(t => NameScorer.Found(merged.Where(e => e.Type == EntityKind.Agency), [t]) == 0).Select(t => doc.Id + ": " + t.Name));
            rulesFound += NameScorer.Found(rules.Where(e => e.Type == EntityKind.Agency), targets);
        }

        return new GeneralizationResult(removed.Select(a => a.Canonical).ToList(), total, rulesFound, mergedFound, report.ByType[EntityKind.Agency].Merged, report.ByType[EntityKind.Agency].Rules) { MissedByMerge = missed };
    }

    private static IEnumerable<string> Keys(GazetteerEntry a) =>
        a.Acronym is { } acronym ? [NameKeys.Key(a.Canonical), NameKeys.Key(acronym)] : [NameKeys.Key(a.Canonical)];
}
