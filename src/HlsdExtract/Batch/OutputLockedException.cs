namespace HlsdExtract.Batch;

/// <summary>Another live run holds the output folder's lock.</summary>
public sealed class OutputLockedException(string outputDirectory, int? pid)
    : IOException($"another hlsd run{(pid is { } p ? $" (pid {p})" : "")} is writing to {outputDirectory}; wait for it to finish or choose another --output folder")
{
    public int? OwnerPid { get; } = pid;
}
