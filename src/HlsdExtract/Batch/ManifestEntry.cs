namespace HlsdExtract.Batch;

/// <summary>One extracted input: its content hash, the document id it got, and its cached CSV rows.</summary>
public sealed record ManifestEntry(string Path, string Sha256, string DocId, string RowsFile);
