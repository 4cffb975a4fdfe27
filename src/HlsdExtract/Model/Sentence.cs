namespace HlsdExtract.Model;

public sealed record Sentence(TextSpan Span, string BlockId);
