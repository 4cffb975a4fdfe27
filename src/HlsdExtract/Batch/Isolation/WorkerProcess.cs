using System.Diagnostics;
using System.Globalization;
using System.Text;
using HlsdExtract.Contracts;

namespace HlsdExtract.Batch.Isolation;

/// <summary>
/// One running parser worker. <see cref="Read"/> sends a request and waits for the reply under the
/// watchdog: past the time limit or the memory ceiling the worker is killed; when it dies (stack
/// overflow, out of memory, killed) the input fails with the reason and this worker is done.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    public WorkerProcess(WorkerCommand command, WorkerLimits limits)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in command.Arguments)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limits.MemoryBytes.ToString("x", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";
        _process = Process.Start(start) ?? throw new IOException($"cannot start the parser worker {command.FileName}");
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                if (e.Data is { } line && _stderr.Length < 4096)
                {
                    _stderr.AppendLine(line);
                }
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>False once the worker died or was killed: the pool starts a new one.</summary>
    public bool Usable { get; private set; } = true;

    public DecodedText Read(string format, RawInput input, WorkerLimits limits)
    {
        var clock = Stopwatch.StartNew();
        var reply = Task.Run(() =>
        {
            WorkerProtocol.WriteRequest(_process.StandardInput.BaseStream, format, input.Path, input.Bytes.Span);
            return WorkerProtocol.ReadReply(_process.StandardOutput.BaseStream);
        });
        while (!reply.Wait(Poll))
        {
            if (clock.Elapsed > limits.Time)
            {
                Kill();
                throw new OperationCanceledException($"the {format} reader took longer than {limits.Time.TotalSeconds:0} s and was stopped");
            }

            if (WorkingSet() > limits.WorkingSetCeiling)
            {
                Kill();
                throw new InvalidDataException($"the {format} reader used more than {limits.WorkingSetCeiling / 1048576} MB and was stopped");
            }
        }

        WorkerReply? answer;
        try
        {
            answer = reply.Result;
        }
        catch (AggregateException ex) when (ex.InnerException is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            answer = null;
        }

        if (answer is null)
        {
            Usable = false;
            throw new InvalidDataException($"the {format} reader crashed on this file ({Death()}); the batch went on without it");
        }

        return answer.ToDecodedText();
    }

    private long WorkingSet()
    {
        try
        {
            _process.Refresh();
            return _process.HasExited ? 0 : _process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    /// <summary>Why the worker ended: its exit code and the first line it wrote to stderr ("Stack overflow.", an OutOfMemoryException...).</summary>
    private string Death()
    {
        if (!_process.WaitForExit(5000))
        {
            Kill();
        }

        _process.WaitForExit();
        string first;
        lock (_stderr)
        {
            first = _stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        }

        var reason = first.StartsWith("Stack overflow", StringComparison.Ordinal) ? "stack overflow"
            : first.Contains("OutOfMemory", StringComparison.Ordinal) ? "out of memory"
            : first.Length > 0 ? (first.Length > 200 ? first[..200] : first)
            : "no message";
        return $"worker exit code {_process.ExitCode}: {reason}";
    }

    private void Kill()
    {
        Usable = false;
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        if (Usable)
        {
            try
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(2000))
                {
                    Kill();
                }
            }
            catch (IOException)
            {
                Kill();
            }
        }
        else
        {
            Kill();
        }

        _process.Dispose();
    }
}
