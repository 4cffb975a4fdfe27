using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Quantities;

/// <summary>What follows or precedes a figure's number: its unit word, the item a unit or money figure is of, and its qualifier.</summary>
internal static partial class FigureUnits
{
    public static (int? TextEnd, string? Item) MoneyItem(string text, int end, int start)
    {
        var link = MoneyLink().Match(text, end);
        if (link.Success && link.Index == end)
        {
            // "of the reward", "for the COPS Hiring Program": the article is skipped after "of" and "for" only ("in the U.S." places).
            var skip = link.Groups[1].Value is "of" or "for" or "worth of" ? Determiner().Match(text, end + link.Length).Length : 0;
            var (npEnd, np) = NounPhrase.Scan(text, end + link.Length + skip);
            return np is null ? (null, null) : (link.Groups[1].Value == "for" ? null : npEnd, np);
        }

        if (NounPhrase.IsNounish(text, end))
        {
            var (npEnd, np) = NounPhrase.Scan(text, end);
            return (npEnd, np);
        }

        var before = ChangeOf().Match(text[Math.Max(0, start - 120)..start]);
        if (before.Success)
        {
            return (null, before.Groups["noun"].Value);
        }

        // "from $5 million to up to $15 million of the reward": both ends of the range are of the reward.
        var range = MoneyRangeEnd().Match(text, end);
        if (range.Success && range.Index == end && MoneyItem(text, end + range.Length, end + range.Length) is { Item: { } shared })
        {
            return (null, shared);
        }

        // "ordered to forfeit $27 million": the verb before the figure names it (Data/en/money-verbs.tsv).
        var verb = QuantityLexicon.Default.MoneyVerbs.GetValueOrDefault(WordFigures.PrecedingWord(text, start));
        return (null, verb);
    }

    public static (int End, string? Item) UnitItem(string text, int end, string unit)
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

    public static (string Unit, decimal? KgPerUnit, int End)? UnitAfter(string text, int end)
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

    public static (string? Qualifier, int? Start) Qualifier(string text, int start)
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

    [GeneratedRegex(@"\G ?(?:de )?(?<u>metric tons?|per cent|por ciento|percentage points|%|\p{L}+)(?![\w])", RegexOptions.None)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"\G (of|on|in|worth of|for|into)(?= )", RegexOptions.None)]
    private static partial Regex MoneyLink();

    [GeneratedRegex(@"\G (?:to|and) (?:up to |about |approximately |nearly |over |more than )?\$[0-9][0-9,.]*(?: (?:thousand|million|billion|trillion))?(?![0-9])", RegexOptions.None)]
    private static partial Regex MoneyRangeEnd();

    [GeneratedRegex(@"\G the(?= )", RegexOptions.None)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"\G (?:of|on|in)(?= )", RegexOptions.None)]
    private static partial Regex UnitLink();

    [GeneratedRegex(@"\G(?: of)?(?<item>(?: (?!(?:from|by|into|since|which|that|through|and|or|was|were|has|have|last|next|this|every|during|compared|ago)\b)[\w'/-]+){1,7})", RegexOptions.None)]
    private static partial Regex PercentTail();

    [GeneratedRegex(@"(?<noun>increase|decrease|rise|drop|cut|reduction|boost|investment|grant|contribution|donation|award|value|reward|fine|forfeiture|bail|bond)s? of\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ChangeOf();
}
