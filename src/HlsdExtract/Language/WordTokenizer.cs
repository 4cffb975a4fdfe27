using System.Buffers;
using HlsdExtract.Model;

namespace HlsdExtract.Language;

/// <summary>
/// One tokenization for every extractor: words (with inner hyphens, apostrophes and dotted
/// abbreviations such as "U.S."), numbers ("1,436", "46.1"), and single punctuation or symbol
/// characters. Possessive "'s" is its own token. Works on any span of the text.
/// </summary>
public static class WordTokenizer
{
    public static List<Token> Tokenize(string text, TextSpan range)
    {
        // Every token takes a character at least, so the range's length bounds the count: the tokens are
        // scanned into a pooled buffer that size and the list is allocated once, at its exact size.
        var buffer = ArrayPool<Token>.Shared.Rent(Math.Max(1, range.Length));
        try
        {
            var count = Scan(text, range, buffer);
            var tokens = new List<Token>(count);
            tokens.AddRange(buffer.AsSpan(0, count));
            return tokens;
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    private static int Scan(string text, TextSpan range, Token[] tokens)
    {
        var count = 0;
        var i = range.Start;
        while (i < range.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var end = ScanWord(text, i, range.End);
                tokens[count++] = new Token(i, end, char.IsAsciiDigit(c) && IsNumber(text, i, end) ? TokenKind.Number : TokenKind.Word);
                i = end;
                continue;
            }

            if (c == '\'' && i + 1 < range.End && text[i + 1] is 's' && (i + 2 >= range.End || !char.IsLetterOrDigit(text[i + 2])))
            {
                tokens[count++] = new Token(i, i + 2, TokenKind.Word);
                i += 2;
                continue;
            }

            tokens[count++] = new Token(i, i + 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
            i++;
        }

        return count;
    }

    private static int ScanWord(string text, int start, int limit)
    {
        var i = start + 1;
        var digits = char.IsAsciiDigit(text[start]);
        while (i < limit)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var next = i + 1 < limit ? text[i + 1] : '\0';
            var joins = c switch
            {
                '-' => char.IsLetterOrDigit(next),
                '.' => char.IsLetterOrDigit(next) && (digits ? char.IsAsciiDigit(next) : IsDottedAbbreviation(text, start, i)),
                ',' => digits && char.IsAsciiDigit(next) && i + 3 < limit + 1 && ThreeDigits(text, i + 1, limit),
                '\'' => char.IsLetter(next) && next != 's' && char.IsLetter(text[i - 1]),
                _ => false,
            };
            if (!joins)
            {
                break;
            }

            i += 2;
        }

        // "U.S." keeps its final period: letters separated by periods.
        if (i < limit && text[i] == '.' && i - start >= 3 && text[i - 2] == '.' && char.IsLetter(text[i - 1]))
        {
            i++;
        }

        return i;
    }

    private static bool IsDottedAbbreviation(string text, int start, int dot) => dot - start == 1 || (dot >= 2 && text[dot - 2] == '.');

    private static bool ThreeDigits(string text, int at, int limit) =>
        at + 3 <= limit && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == limit || !char.IsAsciiDigit(text[at + 3]));

    private static bool IsNumber(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i]) && text[i] is not (',' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
