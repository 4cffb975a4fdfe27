using HlsdExtract.Export;

namespace HlsdExtract.Batch;

/// <summary>Why a file or folder among the inputs was not read.</summary>
public enum SkipReason
{
    /// <summary>Not one of <see cref="InputDiscovery.SupportedExtensions"/>.</summary>
    Unsupported,

    /// <summary>A folder <c>hlsd</c> writes its outputs into (or a file in one).</summary>
    OutputFolder,
}

/// <summary>What <see cref="InputDiscovery.Discover"/> found: the inputs (sorted), the paths it could not read, and what it skipped and why.</summary>
public sealed class DiscoveredInputs
{
    private readonly SortedSet<string> _files = new(StringComparer.Ordinal);

    public ICollection<string> Files => _files;

    public List<ErrorRecord> Errors { get; } = [];

    public List<(string Path, SkipReason Reason)> Skipped { get; } = [];

    public void Skip(string path, SkipReason reason) => Skipped.Add((path, reason));

    /// <summary>Skipped entries counted by reason, every reason present (zero or not), in enum order.</summary>
    public IReadOnlyDictionary<SkipReason, int> SkippedByReason() =>
        Enum.GetValues<SkipReason>().ToDictionary(r => r, r => Skipped.Count(s => s.Reason == r));
}
