using System.Runtime.CompilerServices;

namespace HlsdExtract.Model;

/// <summary>
/// One cleaned text plus annotation lists. Every span indexes into <see cref="Text"/>;
/// stages return new instances (<c>with</c>) and never mutate one.
/// </summary>
public sealed record Document
{
    public required string DocId { get; init; }
    public required DocumentSource Source { get; init; }
    public required string Text { get; init; }
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;
    public int InvalidBytes { get; init; }
    public IReadOnlyList<BoilerplateItem> Boilerplate { get; init; } = [];
    public TextSpan? TitleSpan { get; init; }

    /// <summary>
    /// The heading lines the source's markup declares (Markdown), as line spans; null when the source
    /// declares none and headings are recognized by their looks.
    /// </summary>
    public IReadOnlyList<TextSpan>? DeclaredHeadings { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];
    public IReadOnlyList<Token> Tokens { get; init; } = [];
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];
    public IReadOnlyList<DateMention> Dates { get; init; } = [];
    public IReadOnlyList<QuantityMention> Quantities { get; init; } = [];

    public IEnumerable<Block> Blocks => Sections.SelectMany(s => s.Blocks);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The sentence containing <paramref name="offset"/>, or null.</summary>
    public Sentence? SentenceAt(int offset) => SortedSpans.Covering(Sentences, offset, s => s.Span);

    /// <summary>The block containing <paramref name="offset"/>, or null (title, headings).</summary>
    public Block? BlockAt(int offset) => SortedSpans.Covering(BlockList(), offset, b => b.Span);

    /// <summary>
    /// The blocks as one array, cached per <see cref="Sections"/> list (stages that keep the sections
    /// share it). Kept outside the record so the cache never takes part in equality or <c>with</c> copies.
    /// </summary>
    private Block[] BlockList() => BlockArrays.GetValue(Sections, sections => [.. sections.SelectMany(s => s.Blocks)]);

    private static readonly ConditionalWeakTable<IReadOnlyList<Section>, Block[]> BlockArrays = new();
}
