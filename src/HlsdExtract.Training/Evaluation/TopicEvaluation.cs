using HlsdExtract.Segment;
using HlsdExtract.Training;

namespace HlsdExtract.Evaluation;

/// <summary>The topic classifier leave-one-document-out on titled blocks: trained on the other documents' titled blocks and the taxonomy.</summary>
public static class TopicEvaluation
{
    /// <summary>Accuracy over every document's titled blocks, each scored by a model trained without its document.</summary>
    public static (int Right, int Total) LeaveOneOut(IReadOnlyList<List<(string Text, string Topic)>> documents, Taxonomy taxonomy)
    {
        int right = 0, total = 0;
        for (var k = 0; k < documents.Count; k++)
        {
            var classifier = new TopicClassifier(TopicTrainer.Train(documents.Where((_, i) => i != k).SelectMany(d => d), taxonomy));
            foreach (var (text, topic) in documents[k])
            {
                right += classifier.Predict(text).Topic == topic ? 1 : 0;
                total++;
            }
        }

        return (right, total);
    }
}
