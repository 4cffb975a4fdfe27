namespace HlsdExtract.Diff;

/// <summary>One fact followed across the readouts: its figure in each (null where that year has none).</summary>
public sealed record TrendRow(IReadOnlyList<DiffFact?> Values)
{
    private DiffFact Latest => Values.Last(v => v is not null)!;

    public string? Topic => Latest.Topic;
    public string? Goal => Latest.Goal;
    public string? Operation => Latest.Operation;
    public string? Item => Latest.Item ?? Values.FirstOrDefault(v => v?.Item is not null)?.Item;
    public string Unit => Latest.Unit;

    /// <summary>The item as each year words it, oldest first, without repeats ("forensic experts and investigators / officials").</summary>
    public string? Wordings => Values.Where(v => v?.Item is not null).Select(v => v!.Item!).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } w ? string.Join(" / ", w) : null;

    /// <summary>How many readouts give the fact.</summary>
    public int Years => Values.Count(v => v is not null);
}
