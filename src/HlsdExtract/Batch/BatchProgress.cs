namespace HlsdExtract.Batch;

/// <summary>Where a batch is: inputs finished (extracted, reused or failed) out of the total.</summary>
public sealed record BatchProgress(int Done, int Total, int Extracted, int Reused, int Failed);
