using HlsdExtract.Model;

namespace HlsdExtract.Extract.Learned;

/// <summary>The BIO tag each token gets from the rule extractors' entities (the most certain, then longest, where they overlap).</summary>
internal static class RuleTags
{
    public static string?[] For(Document doc)
    {
        var tags = new string?[doc.Tokens.Count];
        var tokens = doc.Tokens;
        foreach (var e in doc.Entities.Where(e => e.Source != "ml").OrderBy(e => e.Confidence).ThenBy(e => e.Span.Length))
        {
            var first = true;
            for (var i = FirstAtOrAfter(tokens, e.Span.Start); i < tokens.Count && tokens[i].End <= e.Span.End; i++)
            {
                tags[i] = first ? e.Type.BeginTag : e.Type.InsideTag;
                first = false;
            }
        }

        return tags;
    }

    private static int FirstAtOrAfter(IReadOnlyList<Token> tokens, int offset) => SortedSpans.FirstStartingAtOrAfter(tokens, offset, static t => t.Span);
}
