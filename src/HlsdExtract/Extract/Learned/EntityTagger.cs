using HlsdExtract.Contracts;
using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Scoring;

namespace HlsdExtract.Extract.Learned;

/// <summary>
/// The learned entity tagger, run after the rule extractors. Merged mode (the default): a span the
/// rules also found becomes <c>source = both</c>; a span the rules missed is added as <c>ml</c> when
/// its confidence reaches the threshold and it overlaps no rule entity. Word-list hits always win;
/// a span only a shape rule typed takes the tagger's type when the tagger is confident of another.
/// Alone mode (for evaluation) replaces the rule entities by the tagger's.
/// </summary>
public sealed class EntityTagger(LinearModel model, WordLists lists, double threshold = EntityTagger.DefaultThreshold, bool alone = false) : IDocumentStage
{
    public const double DefaultThreshold = 0.8;

    private readonly SequenceTagger tagger = new(model, lists);

    public string Name => "ml-entities";

    public Document Process(Document document, StageContext context)
    {
        var ruleTags = RuleTags.For(document);
        var rules = alone ? [] : document.Entities.ToList();
        var taken = new SpanSet(rules.Select(e => e.Span));
        var bySpan = rules.Select((e, i) => (e.Span, i)).ToLookup(x => x.Span, x => x.i);
        var added = new List<EntityMention>();
        var scratch = tagger.NewScratch();
        foreach (var (_, from, to) in EntityFactory.BlockTokens(document))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var s in tagger.Tag(document.Text, document.Tokens, from, to, ruleTags, scratch))
            {
                var span = new TextSpan(document.Tokens[s.First].Start, document.Tokens[s.Last].End);
                var same = bySpan[span].DefaultIfEmpty(-1).FirstOrDefault(i => i >= 0 && rules[i].Type == s.Type, -1);
                var retype = same < 0 && s.Confidence >= threshold ? bySpan[span].FirstOrDefault(i => rules[i].Confidence < 1.0, -1) : -1;
                if (same >= 0)
                {
                    rules[same] = rules[same] with { Source = "both", Confidence = Math.Max(rules[same].Confidence, s.Confidence) };
                }
                else if (retype >= 0)
                {
                    // A shape rule (not a word-list hit) typed this span; the confident tagger decides the type.
                    rules[retype] = rules[retype] with { Type = s.Type, Source = "both", Confidence = s.Confidence };
                }
                else if ((alone || s.Confidence >= threshold) && !taken.Overlaps(span))
                {
                    added.Add(Mention(document, s, span));
                    taken.Add(span);
                }
            }
        }

        return document with { Entities = [.. rules, .. added] };
    }

    private static EntityMention Mention(Document doc, TaggedSpan s, TextSpan span)
    {
        var text = doc.Slice(span);
        var acronym = s.Type == EntityKind.Agency && text.Length <= 10 && text.Count(char.IsUpper) >= 2 && !text.Contains(' ') ? text : null;
        return EntityFactory.Make(doc, s.Type, span, text, acronym, confidence: Math.Round(s.Confidence, 4)) with { Source = "ml" };
    }
}
