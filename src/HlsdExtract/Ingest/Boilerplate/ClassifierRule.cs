using HlsdExtract.Scoring;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>The learned boilerplate line classifier as a rule: removes lines it is at least <c>threshold</c> sure are chrome.</summary>
public sealed class ClassifierRule(LinearModel model, double threshold) : IBoilerplateRule
{
    public const string Reason = "classifier";
    public const string BoilerplateClass = "boilerplate";

    /// <summary>The probability at which evaluation counts a line as boilerplate.</summary>
    public const double DefaultDecision = 0.5;

    void IBoilerplateRule.Apply(BoilerplateScan scan)
    {
        foreach (var (line, probability) in Score(model, scan.Lines))
        {
            if (probability >= threshold && !scan.IsRemoved(line))
            {
                scan.Remove(line, Reason);
            }
        }
    }

    /// <summary>Each non-blank line with the model's probability that it is boilerplate.</summary>
    public static IEnumerable<(int Line, double Probability)> Score(LinearModel model, IReadOnlyList<string> lines)
    {
        var index = model.IndexOf(BoilerplateClass);
        var p = new float[model.Classes.Count];
        foreach (var (line, features) in LineFeatures.All(lines))
        {
            model.Probabilities(features, p);
            yield return (line, p[index]);
        }
    }
}
