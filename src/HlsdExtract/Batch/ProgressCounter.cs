namespace HlsdExtract.Batch;

/// <summary>Thread-safe tallies of finished inputs, reported to an optional <see cref="IProgress{T}"/>.</summary>
internal sealed class ProgressCounter(int total, IProgress<BatchProgress>? progress)
{
    private readonly object _gate = new();
    private int _done;
    private int _extracted;
    private int _reused;
    private int _failed;

    public void Report(DocumentOutcome outcome)
    {
        BatchProgress snapshot;
        lock (_gate)
        {
            _done++;
            _failed += outcome.Error is not null ? 1 : 0;
            _reused += outcome.Reused ? 1 : 0;
            _extracted += outcome.Entry is not null && !outcome.Reused ? 1 : 0;
            snapshot = new BatchProgress(_done, total, _extracted, _reused, _failed);
        }

        progress?.Report(snapshot);
    }
}
