using HlsdExtract.Model;

namespace HlsdExtract.Segment;

/// <summary>A non-blank line of the cleaned text; <see cref="Content"/> excludes a bullet marker.</summary>
internal sealed record TextLine(TextSpan Line, TextSpan Content, bool IsBullet, int BlankLinesBefore);
