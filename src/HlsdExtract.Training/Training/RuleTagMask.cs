using HlsdExtract.Extract.Learned;
using HlsdExtract.Scoring;

namespace HlsdExtract.Training;

/// <summary>
/// Rule tags with a seeded share of the gold names hidden: for each chosen name (a run of B-/I- gold tags)
/// the rule tags of its tokens, and of the rule-tagged tokens that run on from it, are removed, so the
/// tagger also learns to find a name from its words, shape and context when no rule tagged it (as on a
/// new readout whose names the word lists lack). The same document id and share give the same mask.
/// </summary>
internal static class RuleTagMask
{
    public static string?[] Apply(string?[] ruleTags, IReadOnlyList<string> goldTags, string documentId, double share)
    {
        var masked = (string?[])ruleTags.Clone();
        var random = new Random((int)FeatureMix.Of(documentId));
        for (var i = 0; i < goldTags.Count; i++)
        {
            if (!goldTags[i].StartsWith("B-", StringComparison.Ordinal))
            {
                continue;
            }

            var end = i + 1;
            while (end < goldTags.Count && TagSet.IsInside(goldTags[end]))
            {
                end++;
            }

            if (random.NextDouble() < share)
            {
                var from = i;
                while (from > 0 && masked[from] is { } first && TagSet.IsInside(first))
                {
                    from--;
                }

                var to = end;
                while (to < masked.Length && masked[to] is { } after && TagSet.IsInside(after))
                {
                    to++;
                }

                Array.Fill(masked, null, from, to - from);
            }

            i = end - 1;
        }

        return masked;
    }
}
