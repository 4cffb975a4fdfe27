namespace HlsdExtract.Cli.Bench;

/// <summary>One benchmark input: its name, its file (null for a generated readout not yet written) and its bytes.</summary>
internal sealed record BenchDocument(string Name, string? Path, byte[] Bytes);
