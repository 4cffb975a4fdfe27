using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Scoring;

namespace HlsdExtract.Extract.Learned;

/// <summary>
/// Tags one block's tokens left to right with a <see cref="LinearModel"/> over BIO tags, feeding each
/// prediction to the next token's features, and repairs invalid sequences (an I- tag that does not
/// continue its type becomes B-). Returns the entity spans with their mean tag probability. Tokens
/// outside an entity that start with no capital and carry no rule tag are "O" without scoring.
/// </summary>
internal sealed class SequenceTagger(LinearModel model, WordLists lists)
{
    private readonly WordLists lists = lists;
    private static readonly uint OutsideHash = FeatureMix.Of(TagSet.Outside);
    private readonly uint[] tagHash = model.Classes.Select(c => FeatureMix.Of(c)).ToArray();
    private readonly EntityKind?[] typeOf = model.Classes.Select(TagSet.TypeOf).ToArray();
    private readonly bool[] inside = model.Classes.Select(TagSet.IsInside).ToArray();

    /// <summary>Scratch space for <see cref="Tag"/>: one per document (or thread), never shared between concurrent calls.</summary>
    public TokenFeatures NewScratch() => new(lists);

    public List<TaggedSpan> Tag(string text, IReadOnlyList<Token> tokens, int from, int to, string?[] ruleTags, TokenFeatures features)
    {
        features.Prepare(text, tokens, from, to, ruleTags);
        var spans = new List<TaggedSpan>();
        var active = new List<int>(32);
        Span<float> p = stackalloc float[model.Classes.Count];
        var previous = OutsideHash;
        EntityKind? type = null;
        int start = 0;
        double confidence = 0;
        for (var i = from; i < to; i++)
        {
            if (type is null && ruleTags[i] is null && !char.IsUpper(text[tokens[i].Start]))
            {
                // Fast path: outside an entity, a token no rule tagged that does not start with a capital
                // does not start one (the projected training labels never do); it is "O" without scoring.
                previous = OutsideHash;
                continue;
            }

            features.Add(i, previous, active);
            model.Probabilities(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(active), p);
            var best = LinearModel.ArgMax(p);
            var tag = model.Classes[best];
            var tagType = typeOf[best];
            var isInside = inside[best];
            if (tagType is not null && isInside && tagType != type)
            {
                tag = tagType.BeginTag;
                isInside = false;
            }

            if (type is not null && (tagType != type || !isInside))
            {
                spans.Add(new TaggedSpan(type, start, i - 1, confidence / (i - start)));
                type = null;
            }

            if (tagType is not null && type is null)
            {
                type = tagType;
                start = i;
                confidence = 0;
            }

            confidence += p[best];
            previous = tag == model.Classes[best] ? tagHash[best] : FeatureMix.Of(tag);
        }

        if (type is not null)
        {
            spans.Add(new TaggedSpan(type, start, to - 1, confidence / (to - start)));
        }

        return spans;
    }
}
