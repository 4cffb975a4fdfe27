using HlsdExtract.Gold;
using HlsdExtract.Model;

namespace HlsdExtract.Evaluation;

/// <summary>
/// Name-level scoring of one document's entities of one type, as the reference scorer does it: each
/// distinct predicted canonical name is right when it is close to a key of any gold item (required or
/// optional), wrong otherwise; a required gold item is found when one of its keys is close to a
/// predicted canonical name, written form or acronym, and missed otherwise.
/// </summary>
public static class NameScorer
{
    public static Score Score(IEnumerable<EntityMention> predicted, IReadOnlyList<GoldName> gold)
    {
        var list = predicted.ToList();
        var goldKeys = gold.SelectMany(g => g.ScorerKeys).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var outs = list.Select(e => NameKeys.ScorerKey(e.Canonical.Length > 0 ? e.Canonical : e.Text)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var wrong = outs.Count(o => !goldKeys.Any(k => NameKeys.Close(o, k)));
        var tp = Found(list, gold.Where(g => g.Required));
        return new Score(tp, wrong, gold.Count(g => g.Required) - tp);
    }

    /// <summary>How many of <paramref name="items"/> some prediction matches.</summary>
    public static int Found(IEnumerable<EntityMention> predicted, IEnumerable<GoldName> items)
    {
        var have = Names(predicted);
        return items.Count(g => g.ScorerKeys.Any(k => have.Any(n => NameKeys.Close(k, n))));
    }

    /// <summary>Every key a prediction answers to (canonical, written form, acronym).</summary>
    private static List<string> Names(IEnumerable<EntityMention> predicted) =>
        predicted.SelectMany(e => new[] { e.Canonical, e.Text, e.Acronym ?? "" })
            .Select(NameKeys.ScorerKey).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
