using System.Globalization;
using System.Text.RegularExpressions;
using HlsdExtract.Model;
using HlsdExtract.Util;

namespace HlsdExtract.Extract.Quantities;

/// <summary>
/// Finds figures in one block: digits (with separators, decimals, scale words or M/B/K),
/// word numbers, money, percentages, masses, durations and counts, with their qualifier and
/// counted item. Spans listed in <c>excluded</c> (dates, names) are never figures.
/// </summary>
internal static partial class QuantityScanner
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "our", "all", "the", "these", "those", "its", "their", "his", "her", "both", "each", "any", "every", "first",
    };

    private static readonly Lazy<Regex> WordNumber = new(BuildWordNumberRegex);

    public static List<RawQuantity> Scan(string text, IReadOnlyList<(int Start, int End)> excluded)
    {
        var found = new List<RawQuantity>();
        var blocked = new SpanSet(excluded.Select(e => new TextSpan(e.Start, e.End)));
        var candidates = Digits().Matches(text).Select(m => (Match: m, Words: false))
            .Concat(WordNumber.Value.Matches(text).Select(m => (Match: m, Words: true)))
            .OrderBy(c => c.Match.Index);
        foreach (var (m, words) in candidates)
        {
            if (blocked.Overlaps(m.Index, m.Index + m.Length))
            {
                continue;
            }

            var quantity = words
                ? ReadWords(text, m) is { } w ? Build(text, m, w.Value, w.HasScale, found) : null
                : Build(text, m, DigitValue(m), m.Groups["scale"].Success || m.Groups["sfx"].Success, found);
            if (quantity is not null)
            {
                found.Add(quantity);
                blocked.Add(new TextSpan(quantity.Start, quantity.End));
            }
        }

        return found.OrderBy(q => q.Start).ToList();
    }

    private static RawQuantity? Build(string text, Match m, decimal value, bool hasScale, List<RawQuantity> previous)
    {
        var start = m.Index;
        var end = m.Index + m.Length;
        var (qualifier, qualifierStart) = Qualifier(text, start);
        if (m.Groups["plus"].Success)
        {
            qualifier ??= "more_than";
        }

        var currency = m.Groups["cur"].Success ? (m.Groups["cur"].Value.StartsWith("MX", StringComparison.Ordinal) ? "MXN" : "USD") : null;
        var after = UnitAfter(text, end);
        string unit;
        decimal? kg = null;
        if (currency is null && after is { } u && u.Unit is "USD" or "MXN")
        {
            currency = u.Unit;
            end = u.End;
        }

        if (currency is not null)
        {
            unit = currency;
            var item = MoneyItem(text, end, start);
            return new RawQuantity(qualifierStart ?? start, item.TextEnd ?? end, value, unit, null, item.Item, qualifier);
        }

        if (after is { } unitAfter)
        {
            unit = unitAfter.Unit;
            kg = unitAfter.KgPerUnit is { } k ? value * k : null;
            end = unitAfter.End;
            var (itemEnd, item) = UnitItem(text, end, unit);
            return new RawQuantity(qualifierStart ?? start, unit is "day" or "week" or "month" or "year" or "percent" ? end : itemEnd, value, unit, kg, item, qualifier);
        }

        var partitive = Partitive().Match(text, end);
        var (npEnd, np) = NounPhrase.Scan(text, partitive.Success && partitive.Index == end ? end + partitive.Length : end);
        if (np is null)
        {
            var inherited = previous.LastOrDefault(p => p.Unit == "count" && p.Item is not null);
            if (inherited is null || !SameSentence(text, inherited.End, start) || !BareFollower().IsMatch(text.AsSpan(end)) || hasScale)
            {
                return null;
            }

            return new RawQuantity(qualifierStart ?? start, end, value, "count", null, inherited.Item, qualifier);
        }

        return new RawQuantity(qualifierStart ?? start, npEnd, value, "count", null, np, qualifier);
    }

    private static (int? TextEnd, string? Item) MoneyItem(string text, int end, int start)
    {
        var link = MoneyLink().Match(text, end);
        if (link.Success && link.Index == end)
        {
            var (npEnd, np) = NounPhrase.Scan(text, end + link.Length);
            return np is null ? (null, null) : (link.Groups[1].Value == "for" ? null : npEnd, np);
        }

        if (NounPhrase.IsNounish(text, end))
        {
            var (npEnd, np) = NounPhrase.Scan(text, end);
            return (npEnd, np);
        }

        var before = ChangeOf().Match(Before(text, start));
        return before.Success ? (null, before.Groups["noun"].Value) : (null, null);
    }

    private static (int End, string? Item) UnitItem(string text, int end, string unit)
    {
        var link = UnitLink().Match(text, end);
        if (unit == "percent")
        {
            var tail = PercentTail().Match(text, end);
            return tail.Success && tail.Index == end && tail.Groups["item"].Length > 0 ? (end, tail.Groups["item"].Value.Trim()) : (end, null);
        }

        if (!link.Success || link.Index != end)
        {
            return (end, null);
        }

        var (npEnd, np) = NounPhrase.Scan(text, end + link.Length);
        return np is null ? (end, null) : (npEnd, np);
    }

    private static (string Unit, decimal? KgPerUnit, int End)? UnitAfter(string text, int end)
    {
        var m = UnitWord().Match(text, end);
        if (!m.Success || m.Index != end)
        {
            return null;
        }

        var word = m.Groups["u"].Value;
        if (word is "dollars" or "USD")
        {
            return ("USD", null, m.Index + m.Length);
        }

        if (word is "pesos" or "MXN")
        {
            return ("MXN", null, m.Index + m.Length);
        }

        return QuantityLexicon.Default.Units.TryGetValue(word, out var u) ? (u.Unit, u.KgPerUnit, m.Index + m.Length) : null;
    }

    private static (string? Qualifier, int? Start) Qualifier(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        foreach (var (phrase, qualifier) in QuantityLexicon.Default.Qualifiers)
        {
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (before.Length == phrase.Length || !char.IsLetter(before[before.Length - phrase.Length - 1])))
            {
                return (qualifier, before.Length - phrase.Length);
            }
        }

        return (null, null);
    }

    private static (decimal Value, bool HasScale)? ReadWords(string text, Match m)
    {
        var lexicon = QuantityLexicon.Default.NumberWords;
        var first = m.Groups["w"].Value;
        var value = 0m;
        foreach (var part in first.Split('-'))
        {
            value += lexicon[part].Value;
        }

        var hasScale = m.Groups["scale"].Success;
        if (hasScale)
        {
            value *= lexicon[m.Groups["scale"].Value].Value;
        }

        var article = lexicon[first.Split('-')[0]].Kind == "article";
        if ((article && !hasScale) || Determiners.Contains(PrecedingWord(text, m.Index))
            || (char.IsUpper(first[0]) && m.Index > 0 && !SentenceStart(text, m.Index))
            || (char.IsUpper(first[0]) && NextIsCapitalized(text, m.Index + m.Length)))
        {
            return null;
        }

        return (value, hasScale);
    }

    private static decimal DigitValue(Match m)
    {
        var value = decimal.Parse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
        var scale = (m.Groups["scale"].Success ? m.Groups["scale"].Value : m.Groups["sfx"].Value).ToLowerInvariant();
        return value * scale switch
        {
            "thousand" or "k" => 1_000m,
            "million" or "m" or "mn" => 1_000_000m,
            "billion" or "b" or "bn" => 1_000_000_000m,
            "trillion" => 1_000_000_000_000m,
            _ => 1m,
        };
    }

    /// <summary>The text just before <paramref name="at"/> that backward-looking rules read (bounded, so a huge block stays linear).</summary>
    private static string Before(string text, int at) => text[Math.Max(0, at - 120)..at];

    private static bool SameSentence(string text, int from, int to) => !SentenceBreak().IsMatch(text.AsSpan(from, Math.Max(0, to - from)));

    private static bool SentenceStart(string text, int at) => at == 0 || SentenceBreak().IsMatch(text.AsSpan(Math.Max(0, at - 3), Math.Min(3, at)));

    private static bool NextIsCapitalized(string text, int at) => at + 1 < text.Length && text[at] == ' ' && char.IsUpper(text[at + 1]);

    private static Regex BuildWordNumberRegex()
    {
        var words = QuantityLexicon.Default.NumberWords.Where(w => w.Value.Kind != "scale").Select(w => w.Key).OrderByDescending(w => w.Length);
        var alternation = string.Join("|", words.Select(w => "[" + char.ToUpperInvariant(w[0]) + w[0] + "]" + Regex.Escape(w[1..])));
        var scales = string.Join("|", QuantityLexicon.Default.NumberWords.Where(w => w.Value.Kind == "scale").Select(w => w.Key));
        var pattern = @"(?<![\w-])(?<w>(?:" + alternation + @")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?: (?<scale>" + scales + @"))?(?![\w-])";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(1000));
    }

    [GeneratedRegex(@"(?<![\w.,/:#-])(?<cur>US\$|MX\$|\$|USD ?|MXN ?)?(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?!(?:st|nd|rd|th)\b)(?![0-9]|[.,][0-9]|-[A-Za-z]|:[0-9]|/[0-9])(?<plus>\+)?(?:(?<sfx>[MBK]|bn|mn)\b|[ -](?<scale>thousand|million|billion|trillion)\b)?", RegexOptions.None, 1000)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\G ?(?<u>metric tons?|per cent|percentage points|%|[A-Za-z]+)(?![\w])", RegexOptions.None, 1000)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"\G (of|on|in|worth of|for|into)(?= )", RegexOptions.None, 1000)]
    private static partial Regex MoneyLink();

    [GeneratedRegex(@"\G (?:of|on|in)(?= )", RegexOptions.None, 1000)]
    private static partial Regex UnitLink();

    [GeneratedRegex(@"\G(?: of)?(?<item>(?: (?!(?:from|by|into|since|which|that|through|and|or|was|were|has|have)\b)[\w'/-]+){1,7})", RegexOptions.None, 1000)]
    private static partial Regex PercentTail();

    [GeneratedRegex(@"\G of (?:these|those|the|them|which)(?= )", RegexOptions.None, 1000)]
    private static partial Regex Partitive();

    [GeneratedRegex(@"^(?:\s*[),;(]|\s+(?:with|on|since|in|for|of|from)\b|\s*$|\.)", RegexOptions.None, 1000)]
    private static partial Regex BareFollower();

    [GeneratedRegex(@"(?<noun>increase|decrease|rise|drop|cut|reduction|boost|investment|grant|contribution|donation|award)s? of\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft, 1000)]
    private static partial Regex ChangeOf();

    /// <summary>The run of letters ending just before <paramref name="at"/> (white space between allowed), or "".</summary>
    private static string PrecedingWord(string text, int at)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    [GeneratedRegex(@"[.!?]""?\s+\S|[.!?]""?\s*$", RegexOptions.None, 1000)]
    private static partial Regex SentenceBreak();
}
