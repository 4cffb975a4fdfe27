using HlsdExtract.Gold;
using HlsdExtract.Model;

namespace HlsdExtract.Evaluation;

/// <summary>The merged output's misses per document and type: required gold names not found, and predicted names no gold item is close to.</summary>
public static class EntityMisses
{
    private static readonly EntityKind[] Types = [EntityKind.Agency, EntityKind.Person, EntityKind.Program, EntityKind.Operation];

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

    /// <summary>Per document and type, the merged output's names that the rules did not have: "+" when a gold item is close to it, "!" otherwise.</summary>
    public static IEnumerable<string> Added(EntityReport report)
    {
        foreach (var (gold, rules, merged) in report.Documents)
        {
            foreach (var type in Types)
            {
                var keys = gold.OfType(type).SelectMany(g => g.ScorerKeys).Where(k => k.Length > 0).ToList();
                var before = rules.Where(e => e.Type == type).Select(e => NameKeys.ScorerKey(e.Canonical)).ToHashSet(StringComparer.Ordinal);
                var added = merged.Where(e => e.Type == type && !before.Contains(NameKeys.ScorerKey(e.Canonical))).Select(e => e.Canonical).Distinct(StringComparer.Ordinal)
                    .Select(c => (keys.Any(k => NameKeys.Close(NameKeys.ScorerKey(c), k)) ? "+" : "!") + c).ToList();
                if (added.Count > 0)
                {
                    yield return $"  {gold.Id} {type}: {string.Join("; ", added)}";
                }
            }
        }
    }
}
