namespace HlsdExtract.Evaluation;

/// <summary>Counts behind precision and recall (found right, found wrong, missed), summed over documents.</summary>
public readonly record struct Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score Sum(IEnumerable<Score> scores) => scores.Aggregate(default(Score), (total, s) => total + s);

    public static Score operator +(Score a, Score b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}
