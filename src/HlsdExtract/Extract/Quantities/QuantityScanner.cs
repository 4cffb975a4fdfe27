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
            if (DigitValue(m) is { } value && !IsIdentifier(text, m) && !References.IsReference(text, m.Index, m.Index + m.Length))
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
            if (WordFigures.Read(text, w, titleCase.Value) is { } read)
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
        var (qualifier, qualifierStart) = FigureUnits.Qualifier(text, start);
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
        var own = FigureUnits.UnitAfter(text, end);
        var sharedUnit = own is null && listEnd is { } le ? FigureUnits.UnitAfter(text, le) : null;
        var after = own ?? (sharedUnit is { } shared ? (shared.Unit, shared.KgPerUnit, end) : null);
        string unit;
        decimal? kg = null;
        if (currency is null && after is { } u && u.Unit is "USD" or "MXN")
        {
            currency = u.Unit;
            end = u.End;
        }

        if (currency is not null)
        {
            if (FigureUnits.UnitAfter(text, end) is { } word && word.Unit == currency)
            {
                end = word.End;
            }

            unit = currency;
            var item = FigureUnits.MoneyItem(text, end, start);
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

            var (itemEnd, item) = FigureUnits.UnitItem(text, end, unit);
            if (item is null && sharedUnit is { } listUnit)
            {
                // "12, 15 and 20 kilograms of cocaine": the list's members share the last one's item too.
                item = FigureUnits.UnitItem(text, listUnit.End, unit).Item;
                itemEnd = end;
            }

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
            if (inherited is null || !FigureSentences.SameSentence(text, inherited.End, start) || !BareFollower().IsMatch(text.AsSpan(end)) || hasScale)
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

        return m.Length == 4 && m.Value[0] is '1' or '2' && WordFigures.PrecedingWord(text, m.Index) is "a" or "an" && NextIsCapitalized(text, end);
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

    internal static bool NextIsCapitalized(string text, int at) => at + 1 < text.Length && text[at] == ' ' && char.IsUpper(text[at + 1]);

    [GeneratedRegex(@"(?<![\w.,/:#-])(?<cur>US\$|MX\$|\$|USD ?|MXN ?)?(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?!(?:st|nd|rd|th|s)\b)(?![0-9]|[.,][0-9]|-[A-Za-z]|:[0-9]|/[0-9])(?<plus>\+)?(?:(?<sfx>[MBK]|bn|mn)\b|[ -](?<scale>thousand|million|billion|trillion|mil millones|millones|millón|mil)(?!\w))?", RegexOptions.None)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\G or (more|less|fewer)\b", RegexOptions.None)]
    private static partial Regex OrMore();

    [GeneratedRegex(@"\G of (?:these|those|the|them|which)(?= )", RegexOptions.None)]
    private static partial Regex Partitive();

    [GeneratedRegex(@"^(?:\s*[),;(]|\s+(?:with|on|since|in|for|of|from)\b|\s*$|\.)", RegexOptions.None)]
    private static partial Regex BareFollower();

}
