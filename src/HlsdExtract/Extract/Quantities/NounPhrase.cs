using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Quantities;

/// <summary>
/// The counted noun phrase after a figure: words up to a stop word (preposition, determiner,
/// pronoun, time word: <c>noun-phrase-stops.txt</c> of every language), a verb, an adverb after the head or
/// punctuation; "and"/"or" joins a further noun ("pills and powder"); a comma list of modifiers
/// ending in "and" is crossed ("military, customs, and migration personnel"); a short "of X"
/// tail is kept ("doses of fentanyl"). Its expressions read one word or one anchored list at a
/// time (no nested unbounded repetition), so they carry no match timeout.
/// </summary>
internal static partial class NounPhrase
{
    private const int MaxWords = 7;

    public static (int End, string? Text) Scan(string text, int at)
    {
        var words = new List<(int Start, int End)>();
        var i = at;
        while (words.Count < MaxWords)
        {
            var next = Word().Match(text, i);
            if (!next.Success || next.Index != SkipSpace(text, i))
            {
                if (words.Count > 0 && CommaList().Match(text, i) is { Success: true } list && list.Index == i
                    && IsNounish(text, i + list.Length))
                {
                    i += list.Length;
                    continue;
                }

                break;
            }

            var word = next.Value;
            if (IsStop(word))
            {
                if (words.Count > 0 && word is "and" or "or" && IsNounish(text, next.Index + next.Length))
                {
                    i = next.Index + next.Length;
                    continue;
                }

                if (words.Count > 0 && word == "of" && ShortTail(text, next.Index + next.Length) is { } tailEnd)
                {
                    words.Add((next.Index, tailEnd));
                }

                break;
            }

            if (char.IsAsciiDigit(word[0]) || (words.Count > 0 && IsAdverbAfterHead(word, text[words[^1].Start..words[^1].End])) || (IsVerbForm(word) && words.Count > 0 && !IsNounish(text, next.Index + next.Length)))
            {
                break;
            }

            words.Add((next.Index, next.Index + next.Length));
            i = next.Index + next.Length;
        }

        return words.Count == 0 ? (at, null) : (words[^1].End, text[words[0].Start..words[^1].End]);
    }

    /// <summary>True when a noun-like word (not a stop word, number, verb form or qualifier) starts at <paramref name="at"/>.</summary>
    public static bool IsNounish(string text, int at)
    {
        var m = Word().Match(text, at);
        return m.Success && m.Index == SkipSpace(text, at) && !IsStop(m.Value) && !char.IsAsciiDigit(m.Value[0])
            && !IsVerbForm(m.Value) && !QuantityLexicon.Default.IsQualifierWord(m.Value) && char.IsLower(m.Value[0])
            && !QuantityLexicon.Default.NumberWords.ContainsKey(m.Value);
    }

    private static int? ShortTail(string text, int at)
    {
        var end = at;
        for (var n = 0; n < 3; n++)
        {
            var m = Word().Match(text, end);
            if (!m.Success || m.Index != SkipSpace(text, end) || IsStop(m.Value) || char.IsAsciiDigit(m.Value[0]))
            {
                return n is >= 1 and <= 2 ? end : null;
            }

            end = m.Index + m.Length;
        }

        return null;
    }

    private static bool IsStop(string word) => QuantityLexicon.Default.NounPhraseStops.Contains(word);

    /// <summary>
    /// "21 countries ultimately adopted": a word in "ly" after a plural noun is an adverb and ends the
    /// phrase; before the head it modifies ("13 million potentially deadly doses").
    /// </summary>
    private static bool IsAdverbAfterHead(string word, string previous) =>
        word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && previous.EndsWith('s');

    private static bool IsVerbForm(string word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    [GeneratedRegex(@"(?<=^|[^\p{L}])[\p{L}](?:[\p{L}\p{N}'/.-]*[\p{L}\p{N}])?(?:(?<=\.[\p{L}])\.)?(?=[^\p{L}]|$)", RegexOptions.None)]
    private static partial Regex Word();

    [GeneratedRegex(@"\G(?:, (?:[A-Za-z][\w.-]*))+,? (?:and|or)", RegexOptions.None)]
    private static partial Regex CommaList();
}
