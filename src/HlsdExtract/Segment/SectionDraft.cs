using HlsdExtract.Model;

namespace HlsdExtract.Segment;

/// <summary>A section being assembled by <see cref="SectionSegmenter"/> (local to one call).</summary>
internal sealed class SectionDraft(string? heading, TextSpan? headingSpan, bool isPreamble)
{
    public string? Heading { get; } = heading;
    public TextSpan? HeadingSpan { get; } = headingSpan;
    public bool IsPreamble { get; } = isPreamble;
    public List<(BlockKind Kind, TextSpan Span)> Blocks { get; } = [];
    public bool HasBullets => Blocks.Any(b => b.Kind == BlockKind.Bullet);
}
