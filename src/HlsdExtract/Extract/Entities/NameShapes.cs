using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>Token shapes inside and around a person's name: initials, particles, quoted nicknames and initials, generational suffixes.</summary>
internal static class NameShapes
{
    /// <summary>"Alamdar S. Hamdani": a capitalized word, an initial with its period, and another capitalized word.</summary>
    public static bool HasMiddleInitial(string text, IReadOnlyList<Token> tokens, int i, int to) =>
        i + 3 < to && IsCapitalizedWord(text, tokens[i]) && tokens[i + 1].End - tokens[i + 1].Start == 1 && IsCapitalizedWord(text, tokens[i + 1])
        && tokens[i + 2].Span.SliceSpan(text) is "." && IsCapitalizedWord(text, tokens[i + 3]);

    /// <summary>The tokens of a quoted nickname at <paramref name="i"/> (its opening quote) when a capitalized word follows it, else 0.</summary>
    /// <remarks>Quotes are ASCII after clean-up, so which way one faces is read from the spaces: an opening quote has a space
    /// before it and none after, a closing one the reverse, and only words come between (not: 'the term "X" or "Y"').</remarks>
    public static int Nickname(string text, IReadOnlyList<Token> tokens, int i, int to)
    {
        if (!Opens(text, tokens[i]))
        {
            return 0;
        }

        for (var k = i + 1; k < to && k <= i + 5; k++)
        {
            if (tokens[k].Span.SliceSpan(text) is "\"")
            {
                return k > i + 1 && Closes(text, tokens[k]) && k + 1 < to && IsCapitalizedWord(text, tokens[k + 1]) ? k - i + 1 : 0;
            }

            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>A quote with a space (or the text's start) before it and a letter or digit after it.</summary>
    private static bool Opens(string text, Token quote) =>
        (quote.Start == 0 || char.IsWhiteSpace(text[quote.Start - 1])) && quote.End < text.Length && char.IsLetterOrDigit(text[quote.End]);

    /// <summary>A quote with a letter, digit or period before it and a space, comma or the text's end after it.</summary>
    private static bool Closes(string text, Token quote) =>
        quote.Start > 0 && (char.IsLetterOrDigit(text[quote.Start - 1]) || text[quote.Start - 1] == '.') && (quote.End == text.Length || text[quote.End] is ' ' or ',' or '\n');

    /// <summary>
    /// The tokens of a quoted initial at <paramref name="i"/> (its opening quote) that ends a name, else 0: the Mexican
    /// prosecutors' 'Jorge "P"' (given name, then the surname's initial). A capitalized word after it makes it a nickname instead.
    /// </summary>
    public static int QuotedInitial(string text, IReadOnlyList<Token> tokens, int i, int to)
    {
        if (i + 2 >= to || tokens[i].Span.SliceSpan(text) is not "\"" || !Opens(text, tokens[i]))
        {
            return 0;
        }

        var letters = tokens[i + 1].Span.SliceSpan(text);
        var close = i + 2 < to && tokens[i + 2].Span.SliceSpan(text) is "." ? i + 3 : i + 2;
        if (letters.Length is < 1 or > 2 || !IsAllUpper(letters) || close >= to || tokens[close].Span.SliceSpan(text) is not "\"" || !Closes(text, tokens[close]))
        {
            return 0;
        }

        return close + 1 < to && IsCapitalizedWord(text, tokens[close + 1]) ? 0 : close - i + 1;
    }

    /// <summary>Name particles at <paramref name="i"/> ("de", "de la", "van der", "del") when a capitalized word follows them, else 0.</summary>
    public static int Particles(string text, IReadOnlyList<Token> tokens, int i, int to)
    {
        var k = i;
        while (k < to && k - i < 3 && tokens[k].Span.SliceSpan(text) is "de" or "del" or "la" or "las" or "los" or "van" or "von" or "der" or "da" or "dos" or "di")
        {
            k++;
        }

        return k > i && k < to && IsCapitalizedWord(text, tokens[k]) ? k - i : 0;
    }

    /// <summary>The length of ", Jr." or ", Sr." at <paramref name="i"/> (the comma), else 0.</summary>
    public static int Suffix(string text, IReadOnlyList<Token> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i].Span.SliceSpan(text) is "," && tokens[i + 1].Span.SliceSpan(text) is "Jr" or "Sr" && tokens[i + 2].Span.SliceSpan(text) is "." ? 3 : 0;

    /// <summary>True when tokens [<paramref name="start"/>, <paramref name="end"/>) end with "Jr." or "Sr.".</summary>
    public static bool EndsWithSuffix(string text, IReadOnlyList<Token> tokens, int start, int end) =>
        end - start >= 3 && tokens[end - 1].Span.SliceSpan(text) is "." && tokens[end - 2].Span.SliceSpan(text) is "Jr" or "Sr";

    /// <summary>Words of two letters or more in tokens [<paramref name="start"/>, <paramref name="end"/>) (initials do not count).</summary>
    public static int CountWords(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = 0;
        for (var k = start; k < end; k++)
        {
            words += tokens[k].Kind == TokenKind.Word && tokens[k].End - tokens[k].Start > 1 ? 1 : 0;
        }

        return words;
    }

    public static bool IsCapitalizedWord(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c is not ('-' or '.' or '&'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
