using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Quantities;

/// <summary>When a number word is a figure ("five vehicles", "a million doses") and its value; not after a determiner
/// ("our two countries"), not a capitalized word inside a sentence, not "one of", not part of a year in words.</summary>
internal static partial class WordFigures
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "our", "all", "the", "these", "those", "its", "their", "his", "her", "both", "each", "any", "every", "first",
    };

    public static (decimal Value, bool HasScale, bool NeedsCommonNoun)? Read(string text, NumberWord w, bool titleCase)
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
            || (capitalized && w.Index > 0 && !FigureSentences.SentenceStart(text, w.Index))
            || (value == 1 && !hasScale && (titleCase || OneOf().IsMatch(text.AsSpan(w.Index + w.Length)) || QuantityLexicon.Default.OnePredicates.Contains(PrecedingWord(text, w.Index))))
            || FollowedByNumberWord(text, w.Index + w.Length))
        {
            return null;
        }

        return (value, hasScale, capitalized && QuantityScanner.NextIsCapitalized(text, w.Index + w.Length));
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

    /// <summary>The run of letters ending just before <paramref name="at"/> (white space between allowed), or "".</summary>
    public static string PrecedingWord(string text, int at)
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

    /// <summary>"one of the largest cartels": a member picked out, not a count.</summary>
    [GeneratedRegex(@"^ of\b", RegexOptions.None)]
    private static partial Regex OneOf();
}
