using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// The matches of <see cref="EntityPatterns.Definition"/> ("Full Name (ACR)"), found by running it
/// only on a window before each bracket that opens with a capital. A match's name is a chain of at
/// most 13 capitalized words joined by spaces, commas and connector words, so it can start no
/// earlier than the word where, walking back from the bracket, the chain must break (a word that is
/// neither capitalized nor a connector, a 14th capitalized word, or another bracket). The windows
/// hold every start a match could have, so the matches are exactly those of a whole-text scan.
/// </summary>
internal static class DefinitionScanner
{
    private const int MaxNameWords = 13;
    private const int MaxAcronym = 11;

    public static List<Match> Find(string text)
    {
        var found = new List<Match>();
        var searchFrom = 0;
        var bracketBefore = 0;
        for (var open = text.IndexOf(" (", StringComparison.Ordinal); open >= 0; open = text.IndexOf(" (", open + 1, StringComparison.Ordinal))
        {
            // No name crosses a bracket: the last one before this, searched for only since the previous " (".
            var since = bracketBefore;
            bracketBefore = open + 2;
            if (open < searchFrom || open + 2 >= text.Length || !char.IsAsciiLetterUpper(text[open + 2]))
            {
                continue;
            }

            // The acronym is 2 to 11 characters, maybe a plural "s", then ')'.
            var close = text.IndexOf(')', open + 2, Math.Min(MaxAcronym + 2, text.Length - open - 2));
            if (close < 0)
            {
                continue;
            }

            var lastBracket = text.AsSpan(since, open - since).LastIndexOfAny('(', ')');
            var floor = Math.Max(searchFrom, lastBracket < 0 ? since : since + lastBracket + 1);
            var start = WindowStart(text, open, floor);
            while (start > 0 && start < open && (char.IsLetter(text[start - 1]) || char.IsNumber(text[start - 1]) || text[start - 1] is '&' or '.' or '-'))
            {
                start++; // the pattern's look-behind cannot see before the window: no name starts right after a word's character
            }

            var m = EntityPatterns.Definition().Match(text, start, close + 1 - start);
            if (m.Success)
            {
                found.Add(m);
                searchFrom = m.Index + Math.Max(m.Length, 1);
            }
        }

        return found;
    }

    /// <summary>Where the name before the bracket at <paramref name="open"/> can start at the earliest (never before <paramref name="floor"/>).</summary>
    private static int WindowStart(string text, int open, int floor)
    {
        var i = open;
        var capitalized = 0;
        while (i > floor)
        {
            while (i > floor && text[i - 1] is ' ' or ',')
            {
                i--;
            }

            var end = i;
            while (i > floor && text[i - 1] is not (' ' or ','))
            {
                i--;
            }

            var word = text.AsSpan(i, end - i);
            if (word.Length == 0 || EntityPatterns.IsConnector(word))
            {
                continue;
            }

            if (!(char.IsAsciiLetterUpper(word[0]) || char.IsAsciiDigit(word[0])) || ++capitalized > MaxNameWords)
            {
                // The chain cannot reach back past this word; it may still start inside it.
                return i;
            }
        }

        return floor;
    }

    /// <summary>The word of letters right after a definition's bracket ("Program" in "... (DFC) Program"), or "".</summary>
    public static string WordAfter(string text, Match definition)
    {
        var at = definition.Index + definition.Length;
        if (at + 1 >= text.Length || text[at] != ' ')
        {
            return "";
        }

        var end = at + 1;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return text[(at + 1)..end];
    }
}
