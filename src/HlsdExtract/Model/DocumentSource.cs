namespace HlsdExtract.Model;

/// <summary>Where a document came from: path as given, SHA-256 of its bytes, and input format.</summary>
public sealed record DocumentSource(string Path, string Sha256, string Format);
