using System.Globalization;
using System.Text.RegularExpressions;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Quantities;

/// <summary>
/// Finds figures in one block: digits (with separators, decimals, scale words or M/B/K),
/// word numbers, money, percentages, masses, durations and counts, with their qualifier and
/// counted item. Spans listed in <c>excluded</c> (dates, names) are never figures. The expressions
/// are anchored (<c>\G</c>, <c>^</c>), bounded or deterministic, so they carry no match timeout.
/// </summary>
internal static partial class QuantityScanner
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "our", "all", "the", "these", "those", "its", "their", "his", "her", "both", "each", "any", "every", "first",
    };

    public static List<RawQuantity> Scan(string text, IReadOnlyList<(int Start, int End)> excluded)
    {
        var found = new List<RawQuantity>();
        var blocked = new SpanSet(excluded.Select(e => new TextSpan(e.Start, e.End)));
        var candidates = Candidates(text);
        foreach (var candidate in candidates)
        {
            if (blocked.Overlaps(candidate.Start, candidate.End))
            {
                continue;
            }

            if (Build(text, candidate, found) is { } quantity)
            {
                found.Add(quantity);
                blocked.Add(new TextSpan(quantity.Start, quantity.End));
            }
        }

        return found.OrderBy(q => q.Start).ToList();
    }

    /// <summary>Digit figures and number words, in text order (word numbers that are no count, like "a" without a scale, left out).</summary>
    private static List<NumberCandidate> Candidates(string text)
    {
        var candidates = new List<NumberCandidate>();
        foreach (Match m in Digits().Matches(text))
        {
            if (DigitValue(m) is { } value && !IsIdentifier(text, m))
            {
                var currency = m.Groups["cur"].Success ? (m.Groups["cur"].Value.StartsWith("MX", StringComparison.Ordinal) ? "MXN" : "USD") : null;
                candidates.Add(new NumberCandidate(m.Index, m.Index + m.Length, value, m.Groups["scale"].Success || m.Groups["sfx"].Success, m.Groups["plus"].Success, currency));
            }
        }

        candidates.AddRange(FigureForms.Hyphenated(text));
        var digits = candidates.Count;
        bool? titleCase = null;
        foreach (var w in NumberWordScanner.Default.Scan(text))
        {
            titleCase ??= IsTitleCase(text);
            if (ReadWords(text, w, titleCase.Value) is { } read)
            {
                candidates.Add(new NumberCandidate(w.Index, w.Index + w.Length, read.Value, read.HasScale, false, null, null, read.NeedsCommonNoun));
            }
        }

        if (candidates.Count > 1)
        {
            candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return candidates;
    }

    private static RawQuantity? Build(string text, NumberCandidate number, List<RawQuantity> previous)
    {
        var (start, end, value, hasScale) = (number.Start, number.End, number.Value, number.HasScale);
        var (qualifier, qualifierStart) = Qualifier(text, start);
        if (number.Plus)
        {
            qualifier ??= "more_than";
        }

        if (number.HyphenUnit is { } hyphenUnit)
        {
            return Hyphenated(text, number, hyphenUnit, qualifier, qualifierStart);
        }

        var currency = number.Currency;
        var listEnd = FigureForms.ListEnd(text, end);
        var after = UnitAfter(text, end) ?? (listEnd is { } le && UnitAfter(text, le) is { } shared ? (shared.Unit, shared.KgPerUnit, end) : null);
        string unit;
        decimal? kg = null;
        if (currency is null && after is { } u && u.Unit is "USD" or "MXN")
        {
            currency = u.Unit;
            end = u.End;
        }

        if (currency is not null)
        {
            if (UnitAfter(text, end) is { } word && word.Unit == currency)
            {
                end = word.End;
            }

            unit = currency;
            var item = MoneyItem(text, end, start);
            return new RawQuantity(qualifierStart ?? start, item.TextEnd ?? end, value, unit, null, item.Item, qualifier);
        }

        if (after is { } unitAfter)
        {
            unit = unitAfter.Unit;
            kg = unitAfter.KgPerUnit is { } k ? value * k : null;
            end = unitAfter.End;
            if (unit is "mile" or "km" && FigureForms.LocatesAPlace(text, end))
            {
                return null;
            }

            if (OrMore().Match(text, end) is { Success: true } orMore && orMore.Index == end)
            {
                // "five kilograms or more of cocaine": at least.
                qualifier ??= orMore.Groups[1].Value == "more" ? "at_least" : "up_to";
                end += orMore.Length;
            }

            var (itemEnd, item) = UnitItem(text, end, unit);
            if (unit is "day" or "week" or "month" or "year" or "hour")
            {
                // A duration is a figure as a result, a prison term; "for more than 30 years" only tells how long.
                if (FigureForms.TermItem(text, start, end) is not { } term)
                {
                    return null;
                }

                item ??= term;
            }

            return new RawQuantity(qualifierStart ?? start, unit is "day" or "week" or "month" or "year" or "percent" ? end : itemEnd, value, unit, kg, item, qualifier);
        }

        var partitive = Partitive().Match(text, end);
        var (npEnd, np) = NounPhrase.Scan(text, partitive.Success && partitive.Index == end ? end + partitive.Length : end);
        if (np is null && listEnd is { } last && NounPhrase.Scan(text, last) is { Text: { } sharedNoun })
        {
            return new RawQuantity(qualifierStart ?? start, end, value, "count", null, sharedNoun, qualifier);
        }

        if (number.NeedsCommonNoun && !IsModifiedCommonNoun(np))
        {
            return null;
        }

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

    private static RawQuantity? Hyphenated(string text, NumberCandidate number, string hyphenUnit, string? qualifier, int? qualifierStart)
    {
        var (npEnd, np) = NounPhrase.Scan(text, number.End);
        var start = qualifierStart ?? number.Start;
        return hyphenUnit switch
        {
            "count" => np is null ? null : new RawQuantity(start, npEnd, number.Value, "count", null, "counts in " + np, qualifier),
            "mile" => np is null ? null : new RawQuantity(start, npEnd, number.Value, "mile", null, np, qualifier),
            _ => FigureForms.TermItem(text, number.Start, number.End) is { } term
                ? new RawQuantity(start, np is null ? number.End : npEnd, number.Value, hyphenUnit, null, np ?? term, qualifier)
                : null,
        };
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

    private static (decimal Value, bool HasScale, bool NeedsCommonNoun)? ReadWords(string text, NumberWord w, bool titleCase)
    {
        var lexicon = QuantityLexicon.Default.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var hyphen = w.Word.IndexOf('-');
        var first = lexicon[hyphen < 0 ? w.Word : w.Word.AsSpan(0, hyphen)];
        var hasScale = w.Scale is not null;
        if (!hasScale && first.Kind == "article")
        {
            return null;
        }

        // "Twenty-five": the word and its hyphenated unit (the scanner allows one).
        var value = first.Value + (hyphen < 0 ? 0m : lexicon[w.Word.AsSpan(hyphen + 1)].Value);

        if (w.Scale is { } scale)
        {
            value *= lexicon[scale].Value;
        }

        var capitalized = char.IsUpper(w.Word[0]) && !titleCase;
        if (Determiners.Contains(PrecedingWord(text, w.Index))
            || (capitalized && w.Index > 0 && !SentenceStart(text, w.Index))
            || (value == 1 && !hasScale && (titleCase || OneOf().IsMatch(text.AsSpan(w.Index + w.Length)) || QuantityLexicon.Default.OnePredicates.Contains(PrecedingWord(text, w.Index))))
            || FollowedByNumberWord(text, w.Index + w.Length))
        {
            return null;
        }

        return (value, hasScale, capitalized && NextIsCapitalized(text, w.Index + w.Length));
    }

    /// <summary>"two thousand twenty-six": a run of number words read only in part (a year in words) is no figure.</summary>
    private static bool FollowedByNumberWord(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var next = end + 1;
        while (next < text.Length && char.IsAsciiLetterLower(text[next]))
        {
            next++;
        }

        return next > end + 1 && QuantityLexicon.Default.NumberWords.TryGetValue(text[(end + 1)..next], out var word) && word.Kind != "article";
    }

    /// <summary>
    /// "3D printers", "5G networks": digits glued to a capital letter that is no scale suffix; "a 2020
    /// Freightliner": a model year after an article before a capitalized name.
    /// </summary>
    private static bool IsIdentifier(string text, Match m)
    {
        var end = m.Index + m.Length;
        if (end < text.Length && char.IsUpper(text[end]) && !m.Groups["sfx"].Success)
        {
            return true;
        }

        return m.Length == 4 && m.Value[0] is '1' or '2' && PrecedingWord(text, m.Index) is "a" or "an" && NextIsCapitalized(text, end);
    }

    /// <summary>The figure's value with its scale, or null when it does not fit a decimal (a run of 30 digits is no figure).</summary>
    private static decimal? DigitValue(Match m)
    {
        if (!decimal.TryParse(m.Groups["num"].ValueSpan, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var scale = m.Groups["scale"].Success ? m.Groups["scale"].Value : m.Groups["sfx"].Value;
        var factor = scale.ToLowerInvariant() switch
        {
            "thousand" or "k" => 1_000m,
            "million" or "m" or "mn" => 1_000_000m,
            "billion" or "b" or "bn" or "mil millones" => 1_000_000_000m,
            "mil" => 1_000m,
            "millones" or "millón" => 1_000_000m,
            "trillion" => 1_000_000_000_000m,
            _ => 1m,
        };
        return value <= decimal.MaxValue / factor ? value * factor : null;
    }

    /// <summary>The text just before <paramref name="at"/> that backward-looking rules read (bounded, so a huge block stays linear).</summary>
    private static string Before(string text, int at) => text[Math.Max(0, at - 120)..at];

    private static bool SameSentence(string text, int from, int to) => !SentenceBreak().IsMatch(text.AsSpan(from, Math.Max(0, to - from)));

    /// <summary>At the start of the text, after a sentence's end, or after a dateline's dash or a colon ("LAREDO, Texas – Four ...").</summary>
    private static bool SentenceStart(string text, int at) =>
        at == 0 || SentenceBreak().IsMatch(text.AsSpan(Math.Max(0, at - 3), Math.Min(3, at))) || DatelineBreak().IsMatch(text.AsSpan(Math.Max(0, at - 3), Math.Min(3, at)));

    [GeneratedRegex(@"(?:[\u2013\u2014:]|\s-) ?$", RegexOptions.None)]
    private static partial Regex DatelineBreak();

    /// <summary>
    /// "U.S. citizens", "Mexican states": a capitalized modifier, an acronym or a nationality word,
    /// before a common noun; "Three Amigos" or "Five Eyes" is a name, not a count.
    /// </summary>
    private static bool IsModifiedCommonNoun(string? np)
    {
        var words = np?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return words.Length >= 2 && words.Skip(1).Any(w => char.IsLower(w[0]))
            && (words[0].All(c => char.IsUpper(c) || c is '.' or '-') || NationalityWord().IsMatch(words[0]));
    }

    [GeneratedRegex(@"^[A-Z][a-z]+(?:an|ese|ish|i)$", RegexOptions.None)]
    private static partial Regex NationalityWord();

    /// <summary>A headline in title case ("Agents Seize Eight Rifles"): most of its longer words capitalized, so capitals mark no name.</summary>
    private static bool IsTitleCase(string text)
    {
        if (text.Length > 300)
        {
            return false;
        }

        // Words are the runs between spaces; only those longer than three letters that open with a letter count.
        var (words, upper) = (0, 0);
        foreach (var range in text.AsSpan().Split(' '))
        {
            var w = text.AsSpan(range);
            if (w.Length > 3 && char.IsLetter(w[0]))
            {
                words++;
                upper += char.IsUpper(w[0]) ? 1 : 0;
            }
        }

        return words >= 4 && upper * 5 >= words * 4;
    }

    private static bool NextIsCapitalized(string text, int at) => at + 1 < text.Length && text[at] == ' ' && char.IsUpper(text[at + 1]);

    [GeneratedRegex(@"(?<![\w.,/:#-])(?<cur>US\$|MX\$|\$|USD ?|MXN ?)?(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?!(?:st|nd|rd|th|s)\b)(?![0-9]|[.,][0-9]|-[A-Za-z]|:[0-9]|/[0-9])(?<plus>\+)?(?:(?<sfx>[MBK]|bn|mn)\b|[ -](?<scale>thousand|million|billion|trillion|mil millones|millones|millón|mil)(?!\w))?", RegexOptions.None)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\G or (more|less|fewer)\b", RegexOptions.None)]
    private static partial Regex OrMore();

    /// <summary>"one of the largest cartels": a member picked out, not a count.</summary>
    [GeneratedRegex(@"^ of\b", RegexOptions.None)]
    private static partial Regex OneOf();

    [GeneratedRegex(@"\G ?(?:de )?(?<u>metric tons?|per cent|por ciento|percentage points|%|\p{L}+)(?![\w])", RegexOptions.None)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"\G (of|on|in|worth of|for|into)(?= )", RegexOptions.None)]
    private static partial Regex MoneyLink();

    [GeneratedRegex(@"\G (?:of|on|in)(?= )", RegexOptions.None)]
    private static partial Regex UnitLink();

    [GeneratedRegex(@"\G(?: of)?(?<item>(?: (?!(?:from|by|into|since|which|that|through|and|or|was|were|has|have)\b)[\w'/-]+){1,7})", RegexOptions.None)]
    private static partial Regex PercentTail();

    [GeneratedRegex(@"\G of (?:these|those|the|them|which)(?= )", RegexOptions.None)]
    private static partial Regex Partitive();

    [GeneratedRegex(@"^(?:\s*[),;(]|\s+(?:with|on|since|in|for|of|from)\b|\s*$|\.)", RegexOptions.None)]
    private static partial Regex BareFollower();

    [GeneratedRegex(@"(?<noun>increase|decrease|rise|drop|cut|reduction|boost|investment|grant|contribution|donation|award|value|reward|fine|forfeiture|bail|bond)s? of\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
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

    [GeneratedRegex(@"[.!?]""?\s+\S|[.!?]""?\s*$", RegexOptions.None)]
    private static partial Regex SentenceBreak();
}
