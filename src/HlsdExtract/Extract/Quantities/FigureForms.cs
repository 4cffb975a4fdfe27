using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Quantities;

/// <summary>
/// Forms of figures around the plain "number unit item": a number modifying a noun with a
/// hyphenated unit ("a 240-month term", "a 59-count indictment", "a 2,000-mile border"); numbers
/// in a list sharing the unit or noun of the last ("received 60, 36, and 72 months"); a prison
/// term's item from its sentence; a distance that only locates a place ("50 miles west of").
/// Every expression is anchored (<c>\G</c>) and bounded.
/// </summary>
internal static partial class FigureForms
{
    /// <summary>Digit figures with a hyphenated unit, as candidates (their unit in <see cref="NumberCandidate.HyphenUnit"/>).</summary>
    public static IEnumerable<NumberCandidate> Hyphenated(string text)
    {
        foreach (Match m in HyphenUnit().Matches(text))
        {
            if (decimal.TryParse(m.Groups["num"].ValueSpan, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                yield return new NumberCandidate(m.Index, m.Index + m.Length, value, false, false, null, m.Groups["u"].Value);
            }
        }
    }

    /// <summary>Where the list the number at <paramref name="end"/> opens ends, when it is "N, N, and N"; else null.</summary>
    public static int? ListEnd(string text, int end)
    {
        var m = ListTail().Match(text, end);
        return m.Success && m.Index == end ? m.Index + m.Length : null;
    }

    /// <summary>"prison sentence" for a term of months or years in a sentence about sentencing, else null.</summary>
    public static string? TermItem(string text, int start, int end)
    {
        var from = Math.Max(0, start - 160);
        var window = text.AsSpan(from, Math.Min(text.Length, end + 80) - from);
        return Sentencing().IsMatch(window) ? "prison sentence" : null;
    }

    /// <summary>True when a distance is followed by a compass direction ("50 miles west of"): it places, it does not count.</summary>
    public static bool LocatesAPlace(string text, int end) => Direction().Match(text, end) is { Success: true } m && m.Index == end;

    [GeneratedRegex(@"(?<![\w.,/:#$-])(?<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)-(?<u>month|year|day|week|hour|mile|count)(?![\w-])", RegexOptions.None)]
    private static partial Regex HyphenUnit();

    [GeneratedRegex(@"\G(?:, [0-9]+(?:[,.][0-9]+)*){0,6},? (?:and|or) [0-9]+(?:[,.][0-9]+)*(?![0-9])", RegexOptions.None)]
    private static partial Regex ListTail();

    [GeneratedRegex(@"sentenc|prison|imprison|incarcerat", RegexOptions.IgnoreCase)]
    private static partial Regex Sentencing();

    [GeneratedRegex(@"\G (?:north|south|east|west|northeast|northwest|southeast|southwest|away|outside|inside|from|off)\b", RegexOptions.None)]
    private static partial Regex Direction();
}
