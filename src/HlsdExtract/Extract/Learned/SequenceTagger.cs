using HlsdExtract.Extract.Entities;
using HlsdExtract.Learn;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Learned;

/// <summary>
/// Tags one block's tokens left to right with a <see cref="LinearModel"/> over BIO tags, feeding each
/// prediction to the next token's features, and repairs invalid sequences (an I- tag that does not
/// continue its type becomes B-). Returns the entity spans with their mean tag probability.
/// </summary>
internal sealed class SequenceTagger(LinearModel model, WordLists lists)
{
    private readonly TokenFeatures features = new(lists);
    private readonly int outside = IndexOf(model, TagSet.Outside);

    public List<TaggedSpan> Tag(string text, IReadOnlyList<Token> tokens, int from, int to, string?[] ruleTags)
    {
        var spans = new List<TaggedSpan>();
        var active = new List<int>(32);
        Span<float> p = stackalloc float[model.Classes.Count];
        var previous = TagSet.Outside;
        string? type = null;
        int start = 0;
        double confidence = 0;
        for (var i = from; i < to; i++)
        {
            features.Add(text, tokens, i, from, to, ruleTags, previous, active);
            model.Probabilities(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(active), p);
            var best = ArgMax(p);
            var tag = model.Classes[best];
            var tagType = TagSet.TypeOf(tag);
            if (tagType is not null && TagSet.IsInside(tag) && tagType != type)
            {
                tag = TagSet.Begin(tagType);
            }

            if (type is not null && (tagType != type || !TagSet.IsInside(tag)))
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
            previous = tag;
        }

        if (type is not null)
        {
            spans.Add(new TaggedSpan(type, start, to - 1, confidence / (to - start)));
        }

        return spans;
    }

    private static int ArgMax(ReadOnlySpan<float> p)
    {
        var best = 0;
        for (var c = 1; c < p.Length; c++)
        {
            if (p[c] > p[best])
            {
                best = c;
            }
        }

        return best;
    }

    private static int IndexOf(LinearModel model, string tag)
    {
        for (var c = 0; c < model.Classes.Count; c++)
        {
            if (model.Classes[c] == tag)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>Index of the "O" class in the model (for callers that want the probability of no entity).</summary>
    public int Outside => outside;
}
