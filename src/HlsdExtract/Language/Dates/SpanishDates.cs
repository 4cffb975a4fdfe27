using System.Buffers;
using System.Text.RegularExpressions;
using HlsdExtract.Common;

namespace HlsdExtract.Language.Dates;

/// <summary>
/// Dates written in Spanish: "5 de octubre de 2023", "22 octubre 2007", "octubre de 2023", "5 de
/// octubre" (the document's year). Month names from <c>Data/es/months.tsv</c>; the expression is
/// built once from them, every quantifier bounded, so it carries no match timeout, and a text with
/// no month name in it is not searched.
/// </summary>
internal static class SpanishDates
{
    private static readonly Lazy<(Dictionary<string, int> Months, Regex Pattern, SearchValues<string> Cues)> Loaded = new(() =>
    {
        var months = DataFiles.ReadTable("es/months.tsv").ToDictionary(r => r[0], r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        var names = string.Join("|", months.Keys.OrderByDescending(k => k.Length));
        var pattern = new Regex(
            @"(?<![\w-])(?:(?<d>[0-9]{1,2}) (?:de )?(?<m>" + names + @")(?![\w])(?:,? (?:de |del )?(?<y>(?:19|20)[0-9]{2})(?![0-9]))?|(?<m>" + names + @") (?:de |del )(?<y>(?:19|20)[0-9]{2})(?![0-9]))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            Regex.InfiniteMatchTimeout);
        return (months, pattern, SearchValues.Create([.. months.Keys], StringComparison.OrdinalIgnoreCase));
    });

    public static IEnumerable<(int Start, int End, DateValue Value)> Find(string text, int? documentYear)
    {
        var (months, pattern, cues) = Loaded.Value;
        foreach (Match m in text.AsSpan().ContainsAny(cues) ? pattern.Matches(text) : Enumerable.Empty<Match>())
        {
            var month = months[m.Groups["m"].Value];
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan) : documentYear;
            if (year is not { } y)
            {
                continue;
            }

            if (!m.Groups["d"].Success)
            {
                yield return (m.Index, m.Index + m.Length, DateAtomParser.MonthOf(y, month));
                continue;
            }

            var day = int.Parse(m.Groups["d"].ValueSpan);
            if (DateParts.IsValid(y, month, day))
            {
                var date = new DateOnly(y, month, day);
                yield return (m.Index, m.Index + m.Length, new DateValue(DateParts.Iso(y, month, day), "date", date, date));
            }
        }
    }
}
