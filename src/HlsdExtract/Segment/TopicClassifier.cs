using System.Text.RegularExpressions;
using HlsdExtract.Common;
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
        // Words as spans of the lower-cased text and pairs hashed as they stream ("w2=" + previous + " " + word): no string per word or pair.
        var lower = text.ToLowerInvariant();
        var features = new List<int>(lower.Length / 3 + 1) { FeatureHasher.Index("bias") };
        var w2 = Fnv1a.Append(Fnv1a.Of("w2"), '=');
        var previous = default(ReadOnlySpan<char>);
        var first = true;
        foreach (var m in Words().EnumerateMatches(lower))
        {
            var word = lower.AsSpan(m.Index, m.Length);
            features.Add(FeatureHasher.Index("w", word));
            if (!first)
            {
                features.Add((int)(Fnv1a.Append(Fnv1a.Append(Fnv1a.Append(w2, previous), ' '), word) & (FeatureHasher.Size - 1)));
            }

            previous = word;
            first = false;
        }

        return [.. features];
    }

    [GeneratedRegex(@"[\p{L}][\p{L}-]+", RegexOptions.None, 1000)]
    private static partial Regex Words();
}
