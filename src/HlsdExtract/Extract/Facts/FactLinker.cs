using HlsdExtract.Contracts;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Facts;

/// <summary>
/// Ties each figure to what it reports, reading the discourse outward: the operations named in
/// its sentence (an operation's acronym counts); else the nearest earlier sentence of its block
/// (the bullet's or paragraph's lead) that names one, when the figure's sentence refers back to
/// it ("The operation ...", "This resulted in ...") or names no other actor than that
/// operation's owners; else the operation its section's heading names; else the document's
/// headline subject (see <see cref="DocumentSubject"/>). Agencies and period come from the
/// figure's sentence, else from the sentence its operation came from. Last, a figure that
/// repeats an earlier one of the document is marked (<see cref="RepeatFinder"/>).
/// </summary>
public sealed class FactLinker(WordLists lists) : IDocumentStage
{
    public string Name => "facts";

    public Document Process(Document document, StageContext context)
    {
        // Nothing to link: the discourse view (sorted copies of every mention, sentences by block) is not built.
        if (document.Quantities.Count == 0)
        {
            return document;
        }

        var view = new DiscourseView(document);
        var subject = DocumentSubject.Of(document, view.Entities);
        // A sentence's actors are the agencies before its first figure ("HSI and CBP seized 9 ..."), not those inside its figures' phrases.
        var firstFigure = new Dictionary<int, int>();
        foreach (var q in document.Quantities)
        {
            if (document.SentenceAt(q.Span.Start) is { } s && (!firstFigure.TryGetValue(s.Span.Start, out var at) || q.Span.Start < at))
            {
                firstFigure[s.Span.Start] = q.Span.Start;
            }
        }

        var quantities = document.Quantities.Select(q => Link(view, subject, firstFigure, q)).ToList();
        return document with { Quantities = RepeatFinder.Mark(quantities) };
    }

    private QuantityMention Link(DiscourseView view, DocumentSubject subject, Dictionary<int, int> firstFigure, QuantityMention q)
    {
        var sentence = view.Doc.SentenceAt(q.Span.Start);
        if (sentence is null)
        {
            var fallback = subject.At(q.Span.Start);
            return fallback is null ? q : q with { Operation = fallback };
        }

        var inSentence = view.EntitiesIn(sentence.Span).ToList();
        var operations = Distinct(inSentence.Where(e => e.Type == EntityKind.Operation).Select(e => e.Canonical));
        var agencies = Distinct(inSentence.Where(e => e.Type == EntityKind.Agency).Select(e => e.Acronym ?? e.Canonical));
        var source = sentence;
        var actorsEnd = firstFigure.GetValueOrDefault(sentence.Span.Start, q.Span.Start);
        var actors = Distinct(inSentence.Where(e => e.Type == EntityKind.Agency && e.Span.End <= actorsEnd).Select(e => e.Acronym ?? e.Canonical));
        if (operations.Count == 0 && Earlier(view, sentence, actors) is { } lead)
        {
            source = lead.Sentence;
            operations = lead.Operations;
        }

        if (operations.Count == 0)
        {
            operations = view.HeadingOperations(q.BlockId);
        }

        if (operations.Count == 0 && subject.At(q.Span.Start) is { } headline)
        {
            operations = [headline];
        }

        if (agencies.Count == 0 && source != sentence)
        {
            agencies = Distinct(view.EntitiesIn(source.Span).Where(e => e.Type == EntityKind.Agency).Select(e => e.Acronym ?? e.Canonical));
        }

        var dates = view.DatesIn(sentence.Span).ToList();
        var period = dates.FirstOrDefault(d => d.Kind is "range" or "open_range") ?? dates.FirstOrDefault(d => d.Span.End <= q.Span.Start) ?? dates.FirstOrDefault()
            ?? (source != sentence ? view.DatesIn(source.Span).FirstOrDefault(d => d.Kind is "range" or "open_range") : null);
        return q with
        {
            Operation = operations.Count == 0 ? null : string.Join("; ", operations),
            Agencies = agencies,
            Period = period?.Normalized,
        };
    }

    /// <summary>
    /// The nearest earlier sentence of the block naming an operation, when the figure's sentence
    /// continues its story: it refers back, or names no actor before the figure, or its actors are
    /// the operation's owners and it picks up the lead's words ("Operation X identifies subjects
    /// ... CBP identified 60 subjects"; not "In 2021, DEA seized ..." after a lead on DEA's X).
    /// </summary>
    private (Sentence Sentence, List<string> Operations)? Earlier(DiscourseView view, Sentence sentence, List<string> actors)
    {
        foreach (var earlier in view.EarlierInBlock(sentence))
        {
            var entities = view.EntitiesIn(earlier.Span).ToList();
            var operations = entities.Where(e => e.Type == EntityKind.Operation).ToList();
            if (operations.Count == 0)
            {
                continue;
            }

            var owners = entities.Where(e => e.Type == EntityKind.Agency && e.Span.End <= operations[0].Span.Start).Select(e => e.Acronym ?? e.Canonical).ToHashSet();
            foreach (var owner in owners.ToList())
            {
                if (lists.AgencyByAcronym(owner)?.Parent is { } parent)
                {
                    owners.Add(parent);
                }
            }

            var text = view.Doc.Slice(sentence.Span);
            var continues = actors.Count == 0 || Anaphora.RefersBack(text)
                || (actors.All(owners.Contains) && Anaphora.SharesContentWord(text, view.Doc.Slice(earlier.Span)));
            return continues ? (earlier, Distinct(operations.Select(e => e.Canonical))) : null;
        }

        return null;
    }

    private static List<string> Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).ToList();
}
