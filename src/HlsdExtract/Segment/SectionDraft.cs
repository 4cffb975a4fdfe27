using HlsdExtract.Model;

namespace HlsdExtract.Segment;

/// <summary>A section being assembled by <see cref="SectionSegmenter"/> (local to one call).</summary>
internal sealed class SectionDraft(string? heading, TextSpan? headingSpan, bool isPreamble)
{
    public string? Heading { get; } = heading;
    public TextSpan? HeadingSpan { get; } = headingSpan;
    public bool IsPreamble { get; } = isPreamble;
    private readonly List<(BlockKind Kind, TextSpan Span)> _blocks = [];

    public IReadOnlyList<(BlockKind Kind, TextSpan Span)> Blocks => _blocks;

    /// <summary>Kept as blocks are added: asked once per line, it must not walk the blocks (600,000 short lines).</summary>
    public bool HasBullets { get; private set; }

    public void Add(BlockKind kind, TextSpan span)
    {
        _blocks.Add((kind, span));
        HasBullets |= kind == BlockKind.Bullet;
    }
}
