using HlsdExtract.Export;

namespace HlsdExtract.Batch;

/// <summary>
/// What a batch did: inputs extracted now, inputs reused from the last run unchanged, inputs that
/// failed (in input order), files skipped (unsupported, or in an hlsd output folder), outputs of
/// removed inputs dropped, and failed inputs whose earlier result was kept (stale).
/// </summary>
public sealed record BatchResult(int Extracted, int Reused, IReadOnlyList<ErrorRecord> Errors, int Skipped, int Dropped)
{
    public int Documents => Extracted + Reused;

    /// <summary>Failed inputs whose earlier run's JSON and rows are kept, marked stale in the manifest.</summary>
    public int Kept { get; init; }

    public IReadOnlyDictionary<SkipReason, int> SkippedByReason { get; init; } = new Dictionary<SkipReason, int>();

    public int ExitCode => Errors.Count > 0 ? 2 : 0;
}
