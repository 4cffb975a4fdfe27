
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
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spanOf(sorted[mid]).End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < sorted.Count && spanOf(sorted[lo]).Start <= offset ? sorted[lo] : default;
    }

    private static int FirstStartingAtOrAfter<T>(IReadOnlyList<T> sorted, int offset, Func<T, TextSpan> spanOf)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spanOf(sorted[mid]).Start < offset)
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
