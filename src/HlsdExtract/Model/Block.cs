namespace HlsdExtract.Model;

/// <summary>A paragraph or bullet; <see cref="Span"/> covers its text without the bullet marker.</summary>
public sealed record Block(string Id, BlockKind Kind, TextSpan Span, string SectionId);
