namespace HlsdExtract.Diff;

/// <summary>One fact across two years: both sides when aligned (or possibly aligned), one side when added or dropped.</summary>
public sealed record AlignedFact(FactStatus Status, DiffFact? Older, DiffFact? Newer)
{
    private DiffFact Either => Newer ?? Older!;

    public string Group => Either.Group;
    public string? Operation => Either.Operation;
    public string? Topic => Either.Topic;
    public string? Goal => Either.Goal;
    public string? Item => (Older ?? Newer!).Item;
    public string Unit => Either.Unit;

    /// <summary>The pairing's score (see <c>FactScorer</c>); null for a one-sided fact.</summary>
    public double? Score { get; init; }

    /// <summary>Why a possible match fell below the bar ("one dated event", "different agencies").</summary>
    public IReadOnlyList<string> Why { get; init; } = [];

    public decimal? Change => Older is not null && Newer is not null ? Newer.Value - Older.Value : null;

    /// <summary>Percent change from the older value; null when either side is missing or the older is zero.</summary>
    public decimal? PercentChange => Older is { Value: not 0 } && Newer is not null ? Math.Round((Newer.Value - Older.Value) / Older.Value * 100m, 1) : null;
}
