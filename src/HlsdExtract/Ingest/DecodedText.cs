namespace HlsdExtract.Ingest;

/// <summary>Text decoded from bytes, with the encoding used and how many bytes were invalid.</summary>
public sealed record DecodedText(string Text, string Encoding, int InvalidBytes);
