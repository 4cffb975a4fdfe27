using HlsdExtract.Extract.Entities;
using HlsdExtract.Learn;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Learned;

/// <summary>
/// The tagger's features for one token, hashed without allocating: the word's lower case, shape,
/// 3-letter prefix and suffix, the words of a ±2 window and the shapes and rule tags of a ±1
/// window, the previous word with this one, word-list flags (agency and program head nouns, given
/// names), the tag the rules gave this token, and the previous predicted tag alone and with the
/// word and its shape.
/// </summary>
internal sealed class TokenFeatures(WordLists lists)
{
    private static readonly int Bias = FeatureHasher.Index("bias");
    private static readonly int AgencyHead = FeatureHasher.Index("agency-head");
    private static readonly int ProgramHead = FeatureHasher.Index("program-head");
    private static readonly int GivenName = FeatureHasher.Index("given-name");
    private static readonly int BlockStart = FeatureHasher.Index("block-start");
    private static readonly int BeforeAcronym = FeatureHasher.Index("before-acronym");
    private static readonly string[] WordPrefix = ["w-2", "w-1", "", "w+1", "w+2"];

    public void Add(string text, IReadOnlyList<Token> tokens, int i, int from, int to, string?[] ruleTags, string previousTag, List<int> features)
    {
        features.Clear();
        var word = Word(text, tokens, i);
        Span<char> shapeBuffer = stackalloc char[32];
        var shape = TokenFeatureShape.Of(word, shapeBuffer);
        features.Add(Bias);
        features.Add(new FeatureHash("w").AddLower(word).Index);
        features.Add(new FeatureHash("sh").Add(shape).Index);
        features.Add(new FeatureHash("p3").AddLower(word[..Math.Min(3, word.Length)]).Index);
        features.Add(new FeatureHash("s3").AddLower(word[Math.Max(0, word.Length - 3)..]).Index);
        Span<char> neighbourShape = stackalloc char[32];
        for (var d = -2; d <= 2; d++)
        {
            if (d == 0)
            {
                continue;
            }

            var j = i + d;
            var inside = j >= from && j < to;
            features.Add(inside ? new FeatureHash(WordPrefix[d + 2]).AddLower(Word(text, tokens, j)).Index : new FeatureHash(WordPrefix[d + 2]).Add(j < from ? "<s>" : "</s>").Index);
            if (d is -1 or 1)
            {
                var sh = d == -1 ? "sh-1" : "sh+1";
                features.Add(inside ? new FeatureHash(sh).Add(TokenFeatureShape.Of(Word(text, tokens, j), neighbourShape)).Index : new FeatureHash(sh).Add('-').Index);
                features.Add(new FeatureHash(d == -1 ? "r-1" : "r+1").Add(inside ? ruleTags[j] ?? "O" : "-").Index);
            }
        }

        var pair = new FeatureHash("w-1|w");
        pair = i > from ? pair.AddLower(Word(text, tokens, i - 1)) : pair.Add("<s>");
        features.Add(pair.Add('|').AddLower(word).Index);
        features.Add(new FeatureHash("r0").Add(ruleTags[i] ?? "O").Index);
        features.Add(new FeatureHash("t-1").Add(previousTag).Index);
        features.Add(new FeatureHash("t-1|sh").Add(previousTag).Add('|').Add(shape).Index);
        features.Add(new FeatureHash("t-1|w").Add(previousTag).Add('|').AddLower(word).Index);
        var lookup = lists.WordLookup;
        if (lookup.AgencyHeads.Contains(word))
        {
            features.Add(AgencyHead);
        }

        if (lookup.ProgramHeads.Contains(word))
        {
            features.Add(ProgramHead);
        }

        if (lookup.GivenNames.Contains(word))
        {
            features.Add(GivenName);
        }

        if (i == from)
        {
            features.Add(BlockStart);
        }

        if (i + 2 < to && Word(text, tokens, i + 1) is "(" && TokenFeatureShape.Of(Word(text, tokens, i + 2), neighbourShape) is "X" or "X-X" or "XxX")
        {
            features.Add(BeforeAcronym);
        }
    }

    private static ReadOnlySpan<char> Word(string text, IReadOnlyList<Token> tokens, int i) => text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
}
