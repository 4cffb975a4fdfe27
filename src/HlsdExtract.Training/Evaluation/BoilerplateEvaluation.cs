using HlsdExtract.Gold;
using HlsdExtract.Ingest.Boilerplate;
using HlsdExtract.Scoring;
using HlsdExtract.Training;

namespace HlsdExtract.Evaluation;

/// <summary>
/// The boilerplate classifier by line, leave-one-document-out over gold documents: alone (rules
/// off), and merged with the rules against the rules alone (the classifier is on by default only
/// if the merge beats the rules).
/// </summary>
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

    /// <summary>Each document's line score by the rules alone and by the rules merged with the classifier trained on all the others.</summary>
    public static List<(string Id, Score Rules, Score Merged)> RulesAndMerged(IReadOnlyList<GoldDocument> gold, double threshold = BoilerplateStripper.DefaultThreshold)
    {
        var rules = new BoilerplateStripper();
        return gold.Select((doc, k) =>
        {
            var merged = new BoilerplateStripper(BoilerplateTrainer.Train(gold.Where((_, i) => i != k)), rules: true, threshold);
            return (doc.Id, Lines(rules, doc), Lines(merged, doc));
        }).ToList();
    }

    /// <summary>A line counts as removed when the stripper takes all of it, or keeps only a part (a date) of a line the gold calls chrome.</summary>
    private static Score Lines(BoilerplateStripper stripper, GoldDocument doc)
    {
        var lines = BoilerplateTrainer.Lines(doc);
        var labels = BoilerplateTrainer.Labels(lines, doc.Boilerplate);
        var scan = stripper.Scan(lines);
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var removed = scan.IsRemoved(i) && (labels[i] || scan.KeptAt(i) is null);
            tp += removed && labels[i] ? 1 : 0;
            fp += removed && !labels[i] ? 1 : 0;
            fn += !removed && labels[i] ? 1 : 0;
        }

        return new Score(tp, fp, fn);
    }
}
