using HlsdExtract.Model;

namespace HlsdExtract.Extract.Learned;

/// <summary>The BIO tag each token gets from the rule extractors' entities (the most certain, then longest, where they overlap).</summary>
internal static class RuleTags
{
    private static readonly Dictionary<string, (string Begin, string Inside)> Tags =
        TagSet.Types.ToDictionary(t => t, t => (TagSet.Begin(t), TagSet.Inside(t)), StringComparer.Ordinal);

    public static string?[] For(Document doc)
    {
        var tags = new string?[doc.Tokens.Count];
        var tokens = doc.Tokens;
        foreach (var e in doc.Entities.Where(e => e.Source != "ml").OrderBy(e => e.Confidence).ThenBy(e => e.Span.Length))
        {
            var first = true;
            for (var i = FirstAtOrAfter(tokens, e.Span.Start); i < tokens.Count && tokens[i].End <= e.Span.End; i++)
            {
                var (begin, inside) = Tags.TryGetValue(e.Type, out var known) ? known : (TagSet.Begin(e.Type), TagSet.Inside(e.Type));
                tags[i] = first ? begin : inside;
                first = false;
            }
        }

        return tags;
    }

    private static int FirstAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
