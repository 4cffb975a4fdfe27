using System.Text.RegularExpressions;

namespace HlsdExtract.Language.Dates;

/// <summary>
/// The matches of <see cref="DatePatterns.Range"/>, found with its two halves: the pattern whole
/// holds two copies of every date form and compiles to a method too large for the JIT to optimize,
/// so it would run as unoptimized code. "Head (A|B) tail" tries exactly what "head A tail | head B
/// tail" tries, in the same order, so at each position the first half's match wins, as the first
/// alternatives would, and the matches are those of the whole pattern.
/// </summary>
internal static class RangeMatches
{
    public static IEnumerable<Match> Find(string text)
    {
        Match? first = null, last = null;
        var at = 0;
        while (at <= text.Length)
        {
            // A match found from an earlier position is still the next one if it starts at or after this one.
            if (first is null || (first.Success && first.Index < at))
            {
                first = DatePatterns.RangeFromFirstForms().Match(text, at);
            }

            if (last is null || (last.Success && last.Index < at))
            {
                last = DatePatterns.RangeFromLastForms().Match(text, at);
            }

            var next = !first.Success ? last : !last.Success || first.Index <= last.Index ? first : last;
            if (!next.Success)
            {
                yield break;
            }

            yield return next;
            at = next.Index + Math.Max(next.Length, 1);
        }
    }
}
