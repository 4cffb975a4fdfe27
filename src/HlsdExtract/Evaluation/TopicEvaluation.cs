using HlsdExtract.Learn;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using HlsdExtract.Segment;

namespace HlsdExtract.Evaluation;

/// <summary>The topic classifier leave-one-document-out on titled blocks: trained on the other documents' titled blocks and the taxonomy.</summary>
public static class TopicEvaluation
{
    /// <summary>Each document's titled blocks (block text, the topic its written heading maps to).</summary>
    public static List<List<(string Text, string Topic)>> TitledBlocks(IEnumerable<string> textPaths)
    {
        var pipeline = PipelineBuilder.CreateStructure(topicClassifier: null).Build();
        return textPaths.Select(p => Titled(pipeline.Run(new RawInput(p, File.ReadAllBytes(p))))).ToList();
    }

    public static List<(string Text, string Topic)> Titled(Document doc) =>
        doc.Sections.Where(s => !s.HeadingInferred && s.Topic is not null)
            .SelectMany(s => s.Blocks.Select(b => (doc.Slice(b.Span), s.Topic!))).ToList();

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
