using HlsdExtract.Contracts;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// The final say on entities: where mentions overlap, the more certain one wins (word-list hits
/// over shape rules), then the longer; survivors are put in document order and numbered.
/// </summary>
public sealed class EntityResolver : IDocumentStage
{
    public string Name => "entities";

    public Document Process(Document document, StageContext context)
    {
        var dateSpans = new SpanSet(document.Dates.Select(d => d.Span));
        var taken = new SpanSet();
        var accepted = new List<EntityMention>();
        var ranked = document.Entities
            .Where(e => e.Span.Length > 0 && !((e.Type == EntityKind.Program || e.Type == EntityKind.Agency) && dateSpans.Contains(e.Span)))
            .OrderByDescending(e => Rank(e)).ThenByDescending(e => e.Span.Length).ThenBy(e => e.Span.Start);
        foreach (var candidate in ranked)
        {
            if (!taken.Overlaps(candidate.Span))
            {
                accepted.Add(candidate);
                taken.Add(candidate.Span);
            }
        }

        var ordered = accepted.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End)
            .Select((e, i) => e with { Id = "e" + (i + 1) })
            .ToList();
        return document with { Entities = ordered };
    }

    private static double Rank(EntityMention e) => e.Type == EntityKind.Location ? e.Confidence - 0.5 : e.Confidence;
}
