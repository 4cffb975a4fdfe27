using HlsdExtract.Extract.Learned;
using HlsdExtract.Gold;
using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Scoring;

namespace HlsdExtract.Training;

/// <summary>Turns documents (as the tagger sees them: rule entities found, not yet resolved) and their gold into a tagger model.</summary>
public static class TaggerTrainer
{
    public static LinearModel Train(IEnumerable<(Document Doc, GoldDocument Gold)> data, WordLists lists)
    {
        var features = new TokenFeatures(lists);
        var outside = FeatureMix.Of(TagSet.Outside);
        var examples = new List<TrainingExample>();
        var buffer = new List<int>(32);
        foreach (var (doc, gold) in data)
        {
            var tags = MentionProjection.Tags(doc, MentionProjection.Project(doc, gold));
            foreach (var ruleTags in new[] { RuleTags.For(doc) })
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
