namespace HlsdExtract.Batch;

/// <summary>
/// One input's result: its content hash, the document id it got, and its cached CSV rows. A stale
/// entry is an earlier run's result kept because this run failed on the input (<see cref="StaleReason"/>).
/// </summary>
public sealed record ManifestEntry(string Path, string Sha256, string DocId, string RowsFile)
{
    public string? StaleReason { get; init; }

    public bool Stale => StaleReason is not null;
}
