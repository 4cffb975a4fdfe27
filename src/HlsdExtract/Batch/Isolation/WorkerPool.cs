using System.Collections.Concurrent;
using HlsdExtract.Contracts;

namespace HlsdExtract.Batch.Isolation;

/// <summary>
/// Parser workers shared by a batch's threads: one worker serves many inputs in turn; a worker that
/// died or was stopped is dropped and the next input starts a fresh one. Thread-safe.
/// </summary>
public sealed class WorkerPool(WorkerCommand command, WorkerLimits limits) : IDisposable
{
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private int _started;
    private bool _disposed;

    /// <summary>Workers started so far (restarts after a crash included).</summary>
    public int Started => Volatile.Read(ref _started);

    public WorkerLimits Limits { get; } = limits;

    public DecodedText Read(string format, RawInput input)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_idle.TryTake(out var worker))
        {
            worker = new WorkerProcess(command, Limits);
            Interlocked.Increment(ref _started);
        }

        try
        {
            return worker.Read(format, input, Limits);
        }
        finally
        {
            if (worker.Usable && !_disposed)
            {
                _idle.Add(worker);
            }
            else
            {
                worker.Dispose();
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var worker))
        {
            worker.Dispose();
        }
    }
}
