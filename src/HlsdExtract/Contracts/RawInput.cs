namespace HlsdExtract.Contracts;

/// <summary>The bytes of one input file and the path it was read from.</summary>
public sealed record RawInput(string Path, ReadOnlyMemory<byte> Bytes);
