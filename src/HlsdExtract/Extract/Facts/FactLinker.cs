using System.Text.RegularExpressions;
using HlsdExtract.Extract.Entities;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using HlsdExtract.Util;

namespace HlsdExtract.Extract.Facts;

/// <summary>
/// Ties each figure to what it reports: the operations named in its sentence (an operation's
/// acronym counts), else the operation its block opened with when the sentence refers back to
/// it ("The operation ...") or its actors are that operation's owners; the actor agencies of the
/// sentence; and the period, the date mention governing the sentence.
/// </summary>
public sealed partial class FactLinker(WordLists lists) : IDocumentStage
{
    public string Name => "facts";

    public Document Process(Document document, StageContext context)
    {
        var view = new View(
            document,
            [.. document.Entities.OrderBy(e => e.Span.Start)],
            [.. document.Dates.OrderBy(d => d.Span.Start)],
            document.Sentences.GroupBy(s => s.BlockId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        var quantities = document.Quantities.Select(q => Link(view, q)).ToList();
        return document with { Quantities = quantities };
    }

    private QuantityMention Link(View view, QuantityMention q)
    {
        var sentence = view.Doc.SentenceAt(q.Span.Start);
        if (sentence is null)
        {
            return q;
        }

        var inSentence = view.EntitiesIn(sentence.Span).ToList();
        var operations = Distinct(inSentence.Where(e => e.Type == "operation").Select(e => e.Canonical));
        var agencies = Distinct(inSentence.Where(e => e.Type == "agency").Select(e => e.Acronym ?? e.Canonical));
        if (operations.Count == 0)
        {
            operations = Inherited(view, sentence, agencies);
        }

        var dates = SortedSpans.Within(view.Dates, sentence.Span, d => d.Span).ToList();
        var period = dates.FirstOrDefault(d => d.Kind is "range" or "open_range") ?? dates.FirstOrDefault(d => d.Span.End <= q.Span.Start) ?? dates.FirstOrDefault();
        return q with
        {
            Operation = operations.Count == 0 ? null : string.Join("; ", operations),
            Agencies = agencies,
            Period = period?.Normalized,
        };
    }

    private List<string> Inherited(View view, Sentence sentence, List<string> agencies)
    {
        if (!view.FirstSentence.TryGetValue(sentence.BlockId, out var first) || first == sentence)
        {
            return [];
        }

        var opening = view.EntitiesIn(first.Span).ToList();
        var operations = opening.Where(e => e.Type == "operation").ToList();
        if (operations.Count == 0)
        {
            return [];
        }

        var owners = opening.Where(e => e.Type == "agency" && e.Span.End <= operations[0].Span.Start).Select(e => e.Acronym ?? e.Canonical).ToHashSet();
        foreach (var owner in owners.ToList())
        {
            if (lists.AgencyByAcronym(owner)?.Parent is { } parent)
            {
                owners.Add(parent);
            }
        }

        var refersBack = AnaphoricSubject().IsMatch(view.Doc.Slice(sentence.Span));
        var sameActors = agencies.Count > 0 && agencies.All(owners.Contains);
        return refersBack || sameActors ? Distinct(operations.Select(e => e.Canonical)) : [];
    }

    /// <summary>The document with its entities and dates sorted by start, and each block's first sentence.</summary>
    private sealed record View(Document Doc, EntityMention[] Entities, DateMention[] Dates, Dictionary<string, Sentence> FirstSentence)
    {
        public IEnumerable<EntityMention> EntitiesIn(TextSpan span) => SortedSpans.Within(Entities, span, e => e.Span);
    }

    private static List<string> Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^(?:[^,]*, )?(?:The|the|This|this) (?:operation|initiative|effort|surge)\b|^It\b", RegexOptions.None, 1000)]
    private static partial Regex AnaphoricSubject();
}
