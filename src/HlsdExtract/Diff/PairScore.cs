namespace HlsdExtract.Diff;

/// <summary>A scored pairing; <paramref name="Capped"/> keeps it among the possible matches whatever its score.</summary>
internal sealed record PairScore(double Score, bool Capped, IReadOnlyList<string> Why)
{
    /// <summary>The score with the context counted in full (not capped): orders pairs and decides rivals, so two well-matched sentences still tell their figures apart.</summary>
    public double Rank { get; init; } = Score;

    public bool IsConfident => !Capped && Score >= FactScorer.Confident;
}
