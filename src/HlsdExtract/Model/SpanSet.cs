
namespace HlsdExtract.Model;

/// <summary>
/// A set of character ranges kept as sorted, disjoint intervals (overlapping ranges merge), so
/// "does this span overlap anything taken?" costs a binary search instead of a scan.
/// </summary>
internal sealed class SpanSet
{
    private readonly List<TextSpan> intervals = [];

    public SpanSet()
    {
    }

    public SpanSet(IEnumerable<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            Add(span);
        }
    }

    public void Add(TextSpan span)
    {
        if (span.Length <= 0)
        {
            return;
        }

        var i = FirstEndingAfter(span.Start);
        var start = span.Start;
        var end = span.End;
        var j = i;
        while (j < intervals.Count && intervals[j].Start < end)
        {
            start = Math.Min(start, intervals[j].Start);
            end = Math.Max(end, intervals[j].End);
            j++;
        }

        intervals.RemoveRange(i, j - i);
        intervals.Insert(i, new TextSpan(start, end));
    }

    public bool Overlaps(TextSpan span)
    {
        var i = FirstEndingAfter(span.Start);
        return span.Length > 0 && i < intervals.Count && intervals[i].Start < span.End;
    }

    public bool Overlaps(int start, int end) => Overlaps(new TextSpan(start, end));

    /// <summary>True when one stored interval holds all of <paramref name="span"/>.</summary>
    public bool Contains(TextSpan span)
    {
        var i = FirstEndingAfter(span.Start);
        return i < intervals.Count && intervals[i].Contains(span);
    }

    private int FirstEndingAfter(int offset) => SortedSpans.FirstEndingAfter(intervals, offset, static s => s);
}
