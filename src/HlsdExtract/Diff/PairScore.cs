namespace HlsdExtract.Diff;

/// <summary>A scored pairing; <paramref name="Capped"/> keeps it among the possible matches whatever its score.</summary>
internal sealed record PairScore(double Score, bool Capped, IReadOnlyList<string> Why)
{
    public bool IsConfident => !Capped && Score >= FactScorer.Confident;
}
