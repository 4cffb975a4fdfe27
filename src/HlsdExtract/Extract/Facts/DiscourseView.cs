using HlsdExtract.Model;

namespace HlsdExtract.Extract.Facts;

/// <summary>One document seen as discourse: entities and dates sorted by start, each block's sentences in order, each block's section heading.</summary>
internal sealed class DiscourseView
{
    private readonly Dictionary<string, List<Sentence>> sentencesByBlock;
    private readonly Dictionary<string, List<string>> headingOperations = new(StringComparer.Ordinal);

    public DiscourseView(Document doc)
    {
        Doc = doc;
        Entities = [.. doc.Entities.OrderBy(e => e.Span.Start)];
        Dates = [.. doc.Dates.OrderBy(d => d.Span.Start)];
        sentencesByBlock = doc.Sentences.GroupBy(s => s.BlockId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Span.Start).ToList(), StringComparer.Ordinal);
        var names = Entities.Where(e => e.Type == EntityKind.Operation).Select(e => e.Canonical).Distinct(StringComparer.Ordinal).ToList();
        foreach (var section in doc.Sections)
        {
            var named = section.Heading is { } heading ? DocumentSubject.Named(heading, names) : [];
            foreach (var block in section.Blocks)
            {
                headingOperations[block.Id] = named;
            }
        }
    }

    public Document Doc { get; }

    public EntityMention[] Entities { get; }

    public DateMention[] Dates { get; }

    public IEnumerable<EntityMention> EntitiesIn(TextSpan span) => SortedSpans.Within(Entities, span, e => e.Span);

    public IEnumerable<DateMention> DatesIn(TextSpan span) => SortedSpans.Within(Dates, span, d => d.Span);

    /// <summary>The sentences of <paramref name="sentence"/>'s block before it, nearest first.</summary>
    public IEnumerable<Sentence> EarlierInBlock(Sentence sentence)
    {
        if (!sentencesByBlock.TryGetValue(sentence.BlockId, out var all))
        {
            yield break;
        }

        for (var i = all.Count - 1; i >= 0; i--)
        {
            if (all[i].Span.Start < sentence.Span.Start)
            {
                yield return all[i];
            }
        }
    }

    /// <summary>The operations the heading of <paramref name="blockId"/>'s section names.</summary>
    public List<string> HeadingOperations(string? blockId) =>
        blockId is not null && headingOperations.TryGetValue(blockId, out var named) ? named : [];
}
