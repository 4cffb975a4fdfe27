namespace HlsdExtract.Batch.Isolation;

/// <summary>
/// What one parser worker may use for one input: the time (the batch's per-document limit) and the
/// memory (a managed-heap hard limit the runtime enforces, and a working-set ceiling the watchdog does).
/// </summary>
public sealed record WorkerLimits(TimeSpan Time, long MemoryBytes)
{
    public const long DefaultMemoryBytes = 1024L * 1024 * 1024;

    /// <summary>Room for the runtime itself above the managed heap before the watchdog stops a worker.</summary>
    public long WorkingSetCeiling => MemoryBytes + (256L * 1024 * 1024);
}
