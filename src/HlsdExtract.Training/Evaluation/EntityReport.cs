using HlsdExtract.Extract.Learned;
using HlsdExtract.Gold;
using HlsdExtract.Model;

namespace HlsdExtract.Evaluation;

/// <summary>Per entity type, the summed scores of rules only, the tagger only and the merge; plus every document's rule and merged output.</summary>
public sealed class EntityReport
{
    public Dictionary<EntityKind, (Score Rules, Score Ml, Score Merged)> ByType { get; } =
        TagSet.Types.ToDictionary(t => t, _ => (default(Score), default(Score), default(Score)));

    public List<(GoldDocument Gold, IReadOnlyList<EntityMention> Rules, IReadOnlyList<EntityMention> Merged)> Documents { get; } = [];

    public void Add(GoldDocument gold, IReadOnlyList<EntityMention> rules, IReadOnlyList<EntityMention> ml, IReadOnlyList<EntityMention> merged)
    {
        foreach (var type in TagSet.Types)
        {
            var g = gold.OfType(type).ToList();
            var (r, m, x) = ByType[type];
            ByType[type] = (
                r + NameScorer.Score(rules.Where(e => e.Type == type), g),
                m + NameScorer.Score(ml.Where(e => e.Type == type), g),
                x + NameScorer.Score(merged.Where(e => e.Type == type), g));
        }

        Documents.Add((gold, rules, merged));
    }
}
