using HlsdExtract.Extract.Learned;
using HlsdExtract.Gold;
using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Scoring;

namespace HlsdExtract.Training;

/// <summary>
/// Turns documents (as the tagger sees them: rule entities found, not yet resolved) and their gold into a tagger model.
/// Each document of <paramref name="masked"/> is learned a second time with <see cref="MaskShare"/> of its gold names'
/// rule tags hidden (<see cref="RuleTagMask"/>).
/// </summary>
public static class TaggerTrainer
{
    public const double MaskShare = 0.5;

    public static LinearModel Train(IEnumerable<(Document Doc, GoldDocument Gold)> data, WordLists lists, IEnumerable<(Document Doc, GoldDocument Gold)>? masked = null)
    {
        var features = new TokenFeatures(lists);
        var outside = FeatureMix.Of(TagSet.Outside);
        var examples = new List<TrainingExample>();
        var buffer = new List<int>(32);
        var all = data.Select(d => (d.Doc, d.Gold, Mask: false)).Concat((masked ?? []).Select(d => (d.Doc, d.Gold, Mask: true)));
        foreach (var (doc, gold, mask) in all)
        {
            var tags = MentionProjection.Tags(doc, MentionProjection.Project(doc, gold));
            var rules = RuleTags.For(doc);
            foreach (var ruleTags in new[] { mask ? RuleTagMask.Apply(rules, tags, gold.Id, MaskShare) : rules })
            {
                foreach (var (_, from, to) in EntityFactory.BlockTokens(doc))
                {
                    features.Prepare(doc.Text, doc.Tokens, from, to, ruleTags);
                    for (var i = from; i < to; i++)
                    {
                        features.Add(i, i > from ? FeatureMix.Of(tags[i - 1]) : outside, buffer);
                        examples.Add(new TrainingExample([.. buffer], tags[i]));
                    }
                }
            }
        }

        return LinearModelTrainer.Train(examples);
    }
}
