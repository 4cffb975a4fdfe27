using HlsdExtract.Export;

namespace HlsdExtract.Batch;

/// <summary>What a batch run reads and writes. Validated by <see cref="Validate"/>.</summary>
public sealed record BatchOptions
{
    public const long DefaultMaxInputBytes = 50L * 1024 * 1024;

    public required string OutputDirectory { get; init; }
    public OutputFormats Formats { get; init; } = OutputFormats.All;
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

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

        if (Formats == OutputFormats.None)
        {
            throw new ArgumentException("Choose at least one output format (json, csv).");
        }
    }
}
