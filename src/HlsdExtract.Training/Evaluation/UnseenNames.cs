using HlsdExtract.Gold;
using HlsdExtract.Language;

namespace HlsdExtract.Evaluation;

/// <summary>
/// The unseen-names regime: a document's names that occur in no other gold document are taken out of
/// the word lists (every entry with a written form the scorer would match to one of them), so the
/// document's names are as new to the rules as a new readout's would be.
/// </summary>
public static class UnseenNames
{
    /// <summary>The gold names of <paramref name="doc"/> that no other document of <paramref name="corpus"/> has (by the scorer's matching).</summary>
    public static List<GoldName> OnlyIn(GoldDocument doc, IReadOnlyList<GoldDocument> corpus)
    {
        var elsewhere = corpus.Where(g => !ReferenceEquals(g, doc) && g.Id != doc.Id).SelectMany(g => g.Names)
            .SelectMany(n => n.ScorerKeys).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        return doc.Names.Where(n => !n.ScorerKeys.Any(k => elsewhere.Contains(k) || elsewhere.Any(e => NameKeys.Close(k, e)))).ToList();
    }

    /// <summary><paramref name="lists"/> less every entry that names one of <paramref name="names"/>.</summary>
    public static WordLists Without(WordLists lists, IReadOnlyCollection<GoldName> names)
    {
        var keys = names.SelectMany(n => n.ScorerKeys).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        return keys.Count == 0
            ? lists
            : lists.Without((_, forms) => forms.Any(f => f.Length > 0 && NameKeys.ScorerKey(f) is { Length: > 0 } key && (keys.Contains(key) || keys.Any(k => NameKeys.Close(key, k)))));
    }

    /// <summary>The word lists for scoring <paramref name="doc"/> in the unseen-names regime.</summary>
    public static WordLists For(WordLists lists, GoldDocument doc, IReadOnlyList<GoldDocument> corpus) => Without(lists, OnlyIn(doc, corpus));
}
