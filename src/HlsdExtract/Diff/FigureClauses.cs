namespace HlsdExtract.Diff;

/// <summary>
/// Splits a sentence among the figures in it, so each figure is compared on its own words:
/// "INL and ATF trained 775 experts on firearms identification, as well as 119 experts on eTrace"
/// gives 775 everything up to the comma and 119 the rest. The text between two figures is cut
/// at its last clause mark (comma, semicolon, parenthesis, dash, colon), else at its last " and ";
/// without either it belongs to the later figure.
/// </summary>
internal static class FigureClauses
{
    private static readonly char[] Marks = [',', ';', '(', ')', '—', '–', ':'];

    /// <summary>Each figure's (start, end) part of <paramref name="sentence"/>; figures are (start, end) offsets into it, in any order.</summary>
    public static (int Start, int End)[] Split(string sentence, IReadOnlyList<(int Start, int End)> figures)
    {
        var order = Enumerable.Range(0, figures.Count).OrderBy(i => figures[i].Start).ThenBy(i => i).ToArray();
        var result = new (int, int)[figures.Count];
        for (var k = 0; k < order.Length; k++)
        {
            var (start, end) = Clamp(sentence, figures[order[k]]);
            var left = k == 0 ? 0 : Cut(sentence, Clamp(sentence, figures[order[k - 1]]).End, start);
            var right = k == order.Length - 1 ? sentence.Length : Cut(sentence, end, Clamp(sentence, figures[order[k + 1]]).Start);
            result[order[k]] = (Math.Min(left, start), Math.Max(right, end));
        }

        return result;
    }

    /// <summary>Where the text between two figures divides: after its last clause mark, else before its last " and ", else at its start.</summary>
    private static int Cut(string sentence, int from, int to)
    {
        if (to <= from)
        {
            return Math.Max(0, to);
        }

        var gap = sentence.AsSpan(from, to - from);
        var mark = gap.LastIndexOfAny(Marks);
        if (mark >= 0)
        {
            return from + mark + 1;
        }

        var and = gap.LastIndexOf(" and ", StringComparison.Ordinal);
        return and >= 0 ? from + and : from;
    }

    private static (int Start, int End) Clamp(string sentence, (int Start, int End) span) =>
        (Math.Clamp(span.Start, 0, sentence.Length), Math.Clamp(span.End, 0, sentence.Length));
}
