using HlsdExtract.Gold;
using HlsdExtract.Ingest;
using HlsdExtract.Ingest.Boilerplate;
using HlsdExtract.Scoring;

namespace HlsdExtract.Training;

/// <summary>Trains the boilerplate line classifier from gold documents (their normalized lines, labelled by the gold boilerplate list).</summary>
public static class BoilerplateTrainer
{
    public static LinearModel Train(IEnumerable<GoldDocument> gold)
    {
        var examples = new List<TrainingExample>();
        foreach (var doc in gold)
        {
            var lines = Lines(doc);
            var labels = Labels(lines, doc.Boilerplate);
            foreach (var (line, features) in LineFeatures.All(lines))
            {
                examples.Add(new TrainingExample(features, labels[line] ? ClassifierRule.BoilerplateClass : "content"));
            }
        }

        return LinearModelTrainer.Train(examples);
    }

    /// <summary>The document's lines as the boilerplate rules see them (decoded, normalized).</summary>
    public static string[] Lines(GoldDocument doc) =>
        TextNormalizer.Normalize(TextDecoder.Decode(File.ReadAllBytes(doc.TextPath)).Text).Split('\n');

    /// <summary>Which lines the gold marks as boilerplate (a line equal, with or without its bullet, to one of its listed strings or their lines).</summary>
    public static bool[] Labels(IReadOnlyList<string> lines, IEnumerable<string> goldBoilerplate)
    {
        var gold = goldBoilerplate.SelectMany(b => TextNormalizer.Normalize(b).Split('\n')).Select(b => b.Trim()).Where(b => b.Length > 0).ToHashSet(StringComparer.Ordinal);
        return lines.Select(l => l.Trim().Length > 0 && (gold.Contains(l.Trim()) || gold.Contains(Unmarked(l)))).ToArray();
    }

    /// <summary>The line without a leading bullet glyph (gold lists menu items without their bullets).</summary>
    private static string Unmarked(string line) => line.Trim().TrimStart('•', '·', '*', '-', ' ');
}
