namespace HlsdExtract.Export;

/// <summary>One input that failed: which file, in which stage, and why.</summary>
public sealed record ErrorRecord(string Path, string Stage, string Message);
