using HlsdExtract.Scoring;
using HlsdExtract.Segment;

namespace HlsdExtract.Training;

/// <summary>Trains the topic classifier on titled blocks (text, topic id) plus the taxonomy's own names, headings and keywords.</summary>
public static class TopicTrainer
{
    public static LinearModel Train(IEnumerable<(string Text, string Topic)> blocks, Taxonomy taxonomy)
    {
        var examples = blocks.Select(b => new TrainingExample(TopicClassifier.Features(b.Text), b.Topic)).ToList();
        foreach (var topic in taxonomy.Topics)
        {
            foreach (var phrase in new[] { topic.Name }.Concat(topic.Headings).Concat(topic.Keywords))
            {
                examples.Add(new TrainingExample(TopicClassifier.Features(phrase), topic.Id));
            }
        }

        return LinearModelTrainer.Train(examples);
    }
}
