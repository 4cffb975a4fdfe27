using HlsdExtract.Model;

namespace HlsdExtract.Evaluation;

/// <summary>
/// Name-level scoring of one document's entities of one type: a predicted name (deduplicated by
/// key) is right when it matches any gold item by name or acronym, wrong otherwise; a required
/// gold item no prediction matches is missed (optional ones never count as missed).
/// </summary>
public static class NameScorer
{
    public static Score Score(IEnumerable<EntityMention> predicted, IReadOnlyList<GoldName> gold)
    {
        var goldKeys = gold.SelectMany(g => g.Keys).ToHashSet(StringComparer.Ordinal);
        var names = Names(predicted);
        var found = names.SelectMany(k => k).ToHashSet(StringComparer.Ordinal);
        var required = gold.Where(g => g.Required).ToList();
        var tp = required.Count(g => g.Keys.Any(found.Contains));
        var fp = names.Count(k => !k.Overlaps(goldKeys));
        return new Score(tp, fp, required.Count - tp);
    }

    /// <summary>How many of <paramref name="items"/> some prediction matches.</summary>
    public static int Found(IEnumerable<EntityMention> predicted, IEnumerable<GoldName> items)
    {
        var found = Names(predicted).SelectMany(k => k).ToHashSet(StringComparer.Ordinal);
        return items.Count(g => g.Keys.Any(found.Contains));
    }

    /// <summary>Each predicted name as the set of keys it answers to (canonical, acronym or written form).</summary>
    private static List<HashSet<string>> Names(IEnumerable<EntityMention> predicted) =>
        predicted.GroupBy(e => NameKeys.Key(e.Canonical), StringComparer.Ordinal)
            .Select(g => g.SelectMany(e => new[] { NameKeys.Key(e.Canonical), NameKeys.Key(e.Text), e.Acronym is { } a ? NameKeys.Key(a) : "" })
                .Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal))
            .ToList();
}
