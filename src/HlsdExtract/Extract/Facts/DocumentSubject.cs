using HlsdExtract.Model;

namespace HlsdExtract.Extract.Facts;

/// <summary>
/// The operation a whole document reports on: the one operation its title names, else, when the
/// document names exactly one operation, that one from its first mention to the end of that
/// mention's section (a figure before the operation is introduced is background, not its result;
/// a figure under a later heading is about that heading's subject, not the earlier operation).
/// An operation first named past the document's lead (a long transcript's passing mention) is the
/// subject only up to a few blocks after its latest mention.
/// </summary>
internal sealed class DocumentSubject
{
    /// <summary>The blocks that make a document's lead: an operation first named there is what the document reports.</summary>
    private const int LeadBlocks = 2;

    /// <summary>How many blocks after its latest mention an operation first named past the lead stays the subject.</summary>
    private const int WindowBlocks = 3;

    private readonly string? name;
    private readonly int from;
    private readonly int to;

    private DocumentSubject(string? name, int from, int to)
    {
        this.name = name;
        this.from = from;
        this.to = to;
    }

    public static DocumentSubject Of(Document doc, IReadOnlyList<EntityMention> sortedEntities)
    {
        var operations = sortedEntities.Where(e => e.Type == EntityKind.Operation).ToList();
        var names = operations.Select(e => e.Canonical).Distinct(StringComparer.Ordinal).ToList();
        var title = doc.Metadata.Title ?? (doc.TitleSpan is { } span ? doc.Slice(span) : null);
        if (title is not null && Named(title, names) is [var headline])
        {
            return new DocumentSubject(headline, 0, int.MaxValue);
        }

        if (names is not [var only])
        {
            return new DocumentSubject(null, 0, 0);
        }

        var first = operations[0].Span.Start;
        var end = SectionEnd(doc, first);
        var blocks = doc.Blocks.ToList();
        if (BlockIndex(blocks, first) >= LeadBlocks)
        {
            // Introduced past the lead, the operation is one topic among others: it holds for a few blocks after its latest mention.
            var after = BlockIndex(blocks, operations[^1].Span.Start) + WindowBlocks + 1;
            end = after < blocks.Count ? Math.Min(end, blocks[after].Span.Start) : end;
        }

        return new DocumentSubject(only, first, end);
    }

    /// <summary>The operations of <paramref name="names"/> written in <paramref name="text"/> (case-insensitive, whole words).</summary>
    public static List<string> Named(string text, IEnumerable<string> names) =>
        names.Where(n => IndexOfWord(text, n) >= 0).ToList();

    /// <summary>The document's subject operation for a figure at <paramref name="offset"/>, or null.</summary>
    public string? At(int offset) => name is not null && offset >= from && offset < to ? name : null;

    private static int BlockIndex(List<Block> blocks, int offset) => Math.Max(0, blocks.FindIndex(b => b.Span.End > offset));

    /// <summary>Where the section holding <paramref name="offset"/> ends: the next heading after it.</summary>
    private static int SectionEnd(Document doc, int offset)
    {
        var starts = doc.Sections
            .Where(s => s.HeadingSpan is not null)
            .Select(s => s.HeadingSpan!.Value.Start)
            .Where(start => start > offset)
            .ToList();
        return starts.Count == 0 ? int.MaxValue : starts.Min();
    }

    private static int IndexOfWord(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }
}
