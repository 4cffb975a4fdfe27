namespace HlsdExtract.Evaluation;

/// <summary>The merged output's misses per document and type: required gold names not found, and predicted names no gold item is close to.</summary>
public static class EntityMisses
{
    private static readonly string[] Types = ["agency", "person", "program", "operation"];

    public static IEnumerable<string> Lines(EntityReport report)
    {
        foreach (var (gold, _, merged) in report.Documents)
        {
            foreach (var type in Types)
            {
                var items = gold.OfType(type).ToList();
                var predicted = merged.Where(e => e.Type == type).ToList();
                var missed = items.Where(g => g.Required && NameScorer.Found(predicted, [g]) == 0).Select(g => "-" + g.Name);
                var keys = items.SelectMany(g => g.ScorerKeys).Where(k => k.Length > 0).ToList();
                var wrong = predicted.Select(e => e.Canonical).Distinct(StringComparer.Ordinal)
                    .Where(c => !keys.Any(k => NameKeys.Close(NameKeys.ScorerKey(c), k))).Select(c => "+" + c);
                var all = missed.Concat(wrong).ToList();
                if (all.Count > 0)
                {
                    yield return $"  {gold.Id} {type}: {string.Join("; ", all)}";
                }
            }
        }
    }
}
