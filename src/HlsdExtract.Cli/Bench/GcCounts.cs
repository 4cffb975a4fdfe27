namespace HlsdExtract.Cli.Bench;

/// <summary>Collections per generation, total pause and bytes allocated so far in this process (differences give a run's share).</summary>
internal readonly record struct GcCounts(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated)
{
    public static GcCounts Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    public static GcCounts operator -(GcCounts a, GcCounts b) =>
        new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Pause - b.Pause, a.Allocated - b.Allocated);
}
