using HlsdExtract.Export;

namespace HlsdExtract.Batch;

/// <summary>
/// What a batch did: inputs extracted now, inputs reused from the last run unchanged, inputs that
/// failed (in input order), files skipped as unsupported, and outputs of removed inputs dropped.
/// </summary>
public sealed record BatchResult(int Extracted, int Reused, IReadOnlyList<ErrorRecord> Errors, int Skipped, int Dropped)
{
    public int Documents => Extracted + Reused;

    public int ExitCode => Errors.Count > 0 ? 2 : 0;
}
