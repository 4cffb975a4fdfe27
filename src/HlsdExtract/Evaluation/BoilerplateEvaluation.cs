using HlsdExtract.Ingest.Boilerplate;
using HlsdExtract.Learn;

namespace HlsdExtract.Evaluation;

/// <summary>The boilerplate classifier alone (rules off), by line, leave-one-document-out over gold documents.</summary>
public static class BoilerplateEvaluation
{
    /// <summary>Each document's score by the model trained on all the others.</summary>
    public static List<(string Id, Score Score)> ByDocument(IReadOnlyList<GoldDocument> gold, double threshold = 0.5) =>
        gold.Select((doc, k) => (doc.Id, Score(BoilerplateTrainer.Train(gold.Where((_, i) => i != k)), doc, threshold))).ToList();

    public static Score Score(LinearModel model, GoldDocument doc, double threshold)
    {
        var lines = BoilerplateTrainer.Lines(doc);
        var labels = BoilerplateTrainer.Labels(lines, doc.Boilerplate);
        int tp = 0, fp = 0, fn = 0;
        foreach (var (line, p) in ClassifierRule.Score(model, lines))
        {
            var predicted = p >= threshold;
            tp += predicted && labels[line] ? 1 : 0;
            fp += predicted && !labels[line] ? 1 : 0;
            fn += !predicted && labels[line] ? 1 : 0;
        }

        return new Score(tp, fp, fn);
    }
}
