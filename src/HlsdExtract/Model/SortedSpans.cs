namespace HlsdExtract.Model;

/// <summary>Binary searches over lists sorted by span start.</summary>
internal static class SortedSpans
{
    /// <summary>The items of <paramref name="sorted"/> (ordered by start) lying wholly inside <paramref name="outer"/>.</summary>
    public static IEnumerable<T> Within<T>(IReadOnlyList<T> sorted, TextSpan outer, Func<T, TextSpan> spanOf)
    {
        for (var i = FirstStartingAtOrAfter(sorted, outer.Start, spanOf); i < sorted.Count && spanOf(sorted[i]).Start < outer.End; i++)
        {
            if (outer.Contains(spanOf(sorted[i])))
            {
                yield return sorted[i];
            }
        }
    }

    /// <summary>The item of <paramref name="sorted"/> (disjoint, ordered) that covers <paramref name="offset"/>, or default.</summary>
    public static T? Covering<T>(IReadOnlyList<T> sorted, int offset, Func<T, TextSpan> spanOf)
    {
        var i = FirstEndingAfter(sorted, offset, spanOf);
        return i < sorted.Count && spanOf(sorted[i]).Start <= offset ? sorted[i] : default;
    }

    /// <summary>The index of the first item of <paramref name="sorted"/> whose span ends after <paramref name="offset"/> (disjoint, ordered items).</summary>
    public static int FirstEndingAfter<T>(IReadOnlyList<T> sorted, int offset, Func<T, TextSpan> spanOf) => LowerBound(sorted, offset, spanOf, byEnd: true);

    /// <summary>The index of the first item of <paramref name="sorted"/> (ordered by start) starting at or after <paramref name="offset"/>.</summary>
    public static int FirstStartingAtOrAfter<T>(IReadOnlyList<T> sorted, int offset, Func<T, TextSpan> spanOf) => LowerBound(sorted, offset, spanOf, byEnd: false);

    private static int LowerBound<T>(IReadOnlyList<T> sorted, int offset, Func<T, TextSpan> spanOf, bool byEnd)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = spanOf(sorted[mid]);
            if (byEnd ? span.End <= offset : span.Start < offset)
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
