using System.Text.RegularExpressions;
using HlsdExtract.Scoring;

namespace HlsdExtract.Segment;

/// <summary>
/// The learned topic classifier for blocks: words and word pairs of the text, scored by a linear
/// model over the taxonomy's topic ids. Used where the taxonomy's heading wordings and keywords do not decide.
/// </summary>
public sealed partial class TopicClassifier(LinearModel model, double threshold = TopicClassifier.DefaultThreshold)
{
    public const double DefaultThreshold = 0.3;

    public (string Topic, double Probability) Predict(string text)
    {
        var p = new float[model.Classes.Count];
        model.Probabilities(Features(text), p);
        var best = LinearModel.ArgMax(p);
        return (model.Classes[best], p[best]);
    }

    /// <summary>The topic when the model is at least <c>threshold</c> sure of it, else null.</summary>
    public string? Decide(string text) => Predict(text) is var (topic, p) && p >= threshold ? topic : null;

    public static int[] Features(string text)
    {
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var features = new List<int>(words.Count * 2 + 1) { FeatureHasher.Index("bias") };
        for (var i = 0; i < words.Count; i++)
        {
            features.Add(FeatureHasher.Index("w", words[i]));
            if (i > 0)
            {
                features.Add(FeatureHasher.Index("w2", words[i - 1] + " " + words[i]));
            }
        }

        return [.. features];
    }

    [GeneratedRegex(@"[\p{L}][\p{L}-]+", RegexOptions.None, 1000)]
    private static partial Regex Words();
}
