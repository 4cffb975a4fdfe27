using System.Globalization;

namespace HlsdExtract.Extract.Quantities;

/// <summary>
/// Finds number words in text in one pass over its letter runs: a word of <c>number-words.tsv</c>
/// (first letter either case, the rest lower case), optionally "-one" to "-nine" after it, then
/// optionally a space and a scale word ("a million", "Twenty-five thousand"); never inside a longer
/// word or hyphenated compound ("someone", "one-time", "two-thirds"). Matches are what the
/// expression <c>(?&lt;![\w-])(?:word)(?:-unit)?(?: scale)?(?![\w-])</c> would find, without
/// running one at every letter.
/// </summary>
internal sealed class NumberWordScanner
{
    private static readonly Lazy<NumberWordScanner> Loaded = new(() => new NumberWordScanner(QuantityLexicon.Default.NumberWords));

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> units;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> scales;

    /// <summary>
    /// Per ASCII first letter, a bit for each length a number word opening with it has: a letter run
    /// that no word could be (most runs) is skipped without hashing it.
    /// </summary>
    private readonly ulong[] lengthsByFirst = new ulong[128];

    public NumberWordScanner(IReadOnlyDictionary<string, (decimal Value, string Kind)> numberWords)
    {
        var counted = numberWords.Where(w => w.Value.Kind != "scale").Select(w => w.Key).ToList();
        words = counted.Concat(counted.Select(w => char.ToUpperInvariant(w[0]) + w[1..])).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        units = counted.Where(w => numberWords[w] is { Kind: "unit", Value: >= 1 and <= 9 }).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words.Set.Where(w => w.Length is > 0 and < 64 && char.IsAscii(w[0])))
        {
            lengthsByFirst[word[0]] |= 1UL << word.Length;
        }

        scales = numberWords.Where(w => w.Value.Kind == "scale").Select(w => w.Key).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static NumberWordScanner Default => Loaded.Value;

    /// <summary>The number words of <paramref name="text"/>, left to right, never overlapping.</summary>
    public List<NumberWord> Scan(string text)
    {
        var found = new List<NumberWord>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordEnd = LetterRunEnd(text, i);
            var length = wordEnd - i;
            if (length >= 64 || ((lengthsByFirst[text[i]] >> length) & 1) == 0 || (i > 0 && IsWordOrHyphen(text[i - 1])) || Read(text, i, wordEnd) is not { } match)
            {
                i = wordEnd;
                continue;
            }

            found.Add(match);
            i = match.Index + match.Length;
        }

        return found;
    }

    private NumberWord? Read(string text, int start, int wordEnd)
    {
        if (!words.Contains(text.AsSpan(start, wordEnd - start)))
        {
            return null;
        }

        var end = wordEnd;
        if (At(text, end, '-') && LetterRunEnd(text, end + 1) is var unitEnd && units.Contains(text.AsSpan(end + 1, unitEnd - end - 1)))
        {
            end = unitEnd;
        }

        var word = text[start..end];
        if (At(text, end, ' ') && LetterRunEnd(text, end + 1) is var scaleEnd && scales.Contains(text.AsSpan(end + 1, scaleEnd - end - 1)) && !IsWordOrHyphenAt(text, scaleEnd))
        {
            return new NumberWord(start, scaleEnd - start, word, text[(end + 1)..scaleEnd]);
        }

        // Without its hyphenated unit the word would be followed by '-', which is never a match.
        return IsWordOrHyphenAt(text, end) ? null : new NumberWord(start, end - start, word, null);
    }

    private static bool At(string text, int at, char c) => at < text.Length && text[at] == c;

    private static int LetterRunEnd(string text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsWordOrHyphenAt(string text, int at) => at < text.Length && IsWordOrHyphen(text[at]);

    /// <summary>A character of the regular-expression class <c>[\w-]</c>: letters, combining marks, digits, connector punctuation, '-'.</summary>
    private static bool IsWordOrHyphen(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) || c is '_' or '-' : char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
