using HlsdExtract.Export.Formats;

namespace HlsdExtract.Batch;

/// <summary>What a batch run reads and writes. Validated by <see cref="Validate"/>.</summary>
public sealed record BatchOptions
{
    public const long DefaultMaxInputBytes = 50L * 1024 * 1024;

    public required string OutputDirectory { get; init; }
    /// <summary>The formats to write (from <see cref="OutputFormatList"/>), in its order.</summary>
    public IReadOnlyList<IOutputFormat> Formats { get; init; } = OutputFormatList.Default;
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    public const long DefaultMaxOutputBytes = 256L * 1024 * 1024;

    /// <summary>Largest JSON (or cached rows) one document may write; past it the document is an error row.</summary>
    public long MaxOutputBytes { get; init; } = DefaultMaxOutputBytes;

    /// <summary>Redo every input even when the manifest says it is unchanged.</summary>
    public bool Force { get; init; }

    /// <summary>Time one document may take before it is abandoned as an error (checked inside the stages' long loops and by the parser worker's watchdog).</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public IProgress<BatchProgress>? Progress { get; init; }

    public void Validate()
    {
        if (Jobs < 1)
        {
            throw new ArgumentException("--jobs must be at least 1.");
        }

        if (MaxInputBytes < 1)
        {
            throw new ArgumentException("The maximum input size must be positive.");
        }

        if (MaxOutputBytes < 1)
        {
            throw new ArgumentException("The maximum output size must be positive.");
        }

        if (DocumentTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("The document timeout must be positive.");
        }

        if (Formats.Count == 0)
        {
            throw new ArgumentException("Choose at least one output format (" + string.Join(", ", OutputFormatList.All.Select(f => f.Name)) + ").");
        }
    }
}
