using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Scoring;

namespace HlsdExtract.Extract.Learned;

/// <summary>
/// The tagger's features for the tokens of one block. Each token's lower-cased word, shape,
/// 3-letter prefix and suffix and rule tag are hashed once, on first need; each token's
/// features then mix those hashes: its word, shape, affixes, the words of a ±2 window and the
/// shapes and rule tags of a ±1 window, the previous word with this one, word-list flags (agency
/// and program head nouns, given names), an acronym in parentheses after it, and the previous
/// predicted tag alone and with the word and the shape. Not thread-safe: one instance per call.
/// </summary>
internal sealed class TokenFeatures(WordLists lists)
{
    private static readonly uint Word0 = FeatureMix.Of("w"), Shape0 = FeatureMix.Of("sh"), Prefix = FeatureMix.Of("p3"), Suffix = FeatureMix.Of("s3");
    private static readonly uint[] WordAt = [FeatureMix.Of("w-2"), FeatureMix.Of("w-1"), 0, FeatureMix.Of("w+1"), FeatureMix.Of("w+2")];
    private static readonly uint ShapeBefore = FeatureMix.Of("sh-1"), ShapeAfter = FeatureMix.Of("sh+1"), RuleBefore = FeatureMix.Of("r-1"), RuleAfter = FeatureMix.Of("r+1");
    private static readonly uint Rule0 = FeatureMix.Of("r0"), Pair = FeatureMix.Of("w-1|w"), Tag = FeatureMix.Of("t-1"), TagShape = FeatureMix.Of("t-1|sh"), TagWord = FeatureMix.Of("t-1|w");
    private static readonly uint Start = FeatureMix.Of("<s>"), End = FeatureMix.Of("</s>"), None = FeatureMix.Of("-"), Outside = FeatureMix.Of(TagSet.Outside);
    private static readonly int Bias = FeatureMix.Index(FeatureMix.Of("bias"));
    private static readonly int AgencyHead = FeatureMix.Index(FeatureMix.Of("agency-head"));
    private static readonly int ProgramHead = FeatureMix.Index(FeatureMix.Of("program-head"));
    private static readonly int GivenName = FeatureMix.Index(FeatureMix.Of("given-name"));
    private static readonly int BlockStart = FeatureMix.Index(FeatureMix.Of("block-start"));
    private static readonly int BeforeAcronym = FeatureMix.Index(FeatureMix.Of("before-acronym"));

    private uint[] word = new uint[64], shape = new uint[64], prefix = new uint[64], suffix = new uint[64], rule = new uint[64];
    private byte[] flags = new byte[64];
    private bool[] ready = new bool[64];
    private string text = "";
    private IReadOnlyList<Token> tokens = [];
    private string?[] ruleTags = [];
    private int from;
    private int to;

    /// <summary>Starts a block [<paramref name="first"/>, <paramref name="last"/>); each token is hashed once, when a feature first needs it.</summary>
    public void Prepare(string text, IReadOnlyList<Token> tokens, int first, int last, string?[] ruleTags)
    {
        (this.text, this.tokens, this.ruleTags, from, to) = (text, tokens, ruleTags, first, last);
        if (word.Length < last - first)
        {
            var size = (last - first) * 2;
            (word, shape, prefix, suffix, rule, flags, ready) = (new uint[size], new uint[size], new uint[size], new uint[size], new uint[size], new byte[size], new bool[size]);
        }
        else
        {
            Array.Clear(ready, 0, last - first);
        }
    }

    private void Ensure(int i)
    {
        var k = i - from;
        if (i < from || i >= to || ready[k])
        {
            return;
        }

        Span<char> buffer = stackalloc char[32];
        var lookup = lists.WordLookup;
        var w = tokens[i].Span.SliceSpan(text);
        var sh = TokenFeatureShape.Of(w, buffer);
        word[k] = FeatureMix.OfLower(w);
        shape[k] = FeatureMix.Of(sh);
        // A word of three letters or fewer is its own prefix and suffix.
        prefix[k] = w.Length <= 3 ? word[k] : FeatureMix.OfLower(w[..3]);
        suffix[k] = w.Length <= 3 ? word[k] : FeatureMix.OfLower(w[^3..]);
        rule[k] = ruleTags[i] is { } tag ? FeatureMix.Of(tag) : Outside;
        flags[k] = (byte)(lookup.Flags(w) | (w is "(" ? 8 : 0) | (sh is "X" or "X-X" or "XxX" ? 16 : 0));
        ready[k] = true;
    }

    /// <summary>Token <paramref name="i"/>'s features, given the hash of the previous token's tag (<see cref="FeatureMix.Of"/> of it).</summary>
    public void Add(int i, uint previousTag, List<int> features)
    {
        for (var j = i - 2; j <= i + 2; j++)
        {
            Ensure(j);
        }

        features.Clear();
        var k = i - from;
        features.Add(Bias);
        features.Add(FeatureMix.Index(Word0, word[k]));
        features.Add(FeatureMix.Index(Shape0, shape[k]));
        features.Add(FeatureMix.Index(Prefix, prefix[k]));
        features.Add(FeatureMix.Index(Suffix, suffix[k]));
        for (var d = -2; d <= 2; d++)
        {
            if (d != 0)
            {
                var j = i + d;
                features.Add(FeatureMix.Index(WordAt[d + 2], j < from ? Start : j >= to ? End : word[j - from]));
            }
        }

        var inBefore = i - 1 >= from;
        var inAfter = i + 1 < to;
        features.Add(FeatureMix.Index(ShapeBefore, inBefore ? shape[k - 1] : None));
        features.Add(FeatureMix.Index(ShapeAfter, inAfter ? shape[k + 1] : None));
        features.Add(FeatureMix.Index(RuleBefore, inBefore ? rule[k - 1] : None));
        features.Add(FeatureMix.Index(RuleAfter, inAfter ? rule[k + 1] : None));
        features.Add(FeatureMix.Index(Pair, inBefore ? word[k - 1] : Start, word[k]));
        features.Add(FeatureMix.Index(Rule0, rule[k]));
        features.Add(FeatureMix.Index(Tag, previousTag));
        features.Add(FeatureMix.Index(TagShape, previousTag, shape[k]));
        features.Add(FeatureMix.Index(TagWord, previousTag, word[k]));
        AddFlag(features, (flags[k] & SpanLookups.AgencyHead) != 0, AgencyHead);
        AddFlag(features, (flags[k] & SpanLookups.ProgramHead) != 0, ProgramHead);
        AddFlag(features, (flags[k] & SpanLookups.GivenName) != 0, GivenName);
        AddFlag(features, i == from, BlockStart);
        AddFlag(features, i + 2 < to && (flags[k + 1] & 8) != 0 && (flags[k + 2] & 16) != 0, BeforeAcronym);
    }

    private static void AddFlag(List<int> features, bool on, int feature)
    {
        if (on)
        {
            features.Add(feature);
        }
    }
}
