using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>The token ranges of the document's title and section headings that no block holds ("Attorney General ... on Project X", an attribution line under a quote).</summary>
internal static class HeadingTokens
{
    public static List<(int From, int To)> Of(Document doc)
    {
        var ranges = new List<(int From, int To)>();
        var seen = new HashSet<(int From, int To)>();
        var spans = doc.Sections.Where(s => s.HeadingSpan is not null).Select(s => s.HeadingSpan!.Value);
        foreach (var span in (doc.TitleSpan is { } title ? spans.Prepend(title) : spans).Distinct())
        {
            if (span.Length == 0 || doc.BlockAt(span.Start) is not null)
            {
                continue;
            }

            var from = FirstAtOrAfter(doc.Tokens, span.Start);
            var to = from;
            while (to < doc.Tokens.Count && doc.Tokens[to].End <= span.End)
            {
                to++;
            }

            if (to > from && seen.Add((from, to)))
            {
                ranges.Add((from, to));
            }
        }

        return ranges;
    }

    private static int FirstAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        var (lo, hi) = (0, tokens.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = tokens[mid].Start < offset ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
