namespace HlsdExtract.Diff;

/// <summary>
/// The content words of a figure's part of its sentence, stemmed (plural, -ing, -ed), without stop
/// words, numbers, month names, acronyms (agencies are compared on their own) or the item's words.
/// </summary>
internal static class ContextWords
{
    public static HashSet<string> Of(string text, string? item)
    {
        var itemWords = ItemMatcher.Words(item).Select(Stem).ToHashSet(StringComparer.Ordinal);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in Tokens(text))
        {
            var token = raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal) ? raw[..^2] : raw;
            if (token.Length < 3 || token.Any(char.IsDigit) || token.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                continue;
            }

            var lower = token.ToLowerInvariant();
            if (DiffWords.Stop.Contains(lower) || DiffWords.Months.Contains(lower))
            {
                continue;
            }

            var stem = Stem(lower);
            if (!itemWords.Contains(stem))
            {
                result.Add(stem);
            }
        }

        return result;
    }

    /// <summary>A light stem: singular, then without -ing or -ed ("trained", "training" → "train").</summary>
    public static string Stem(string word)
    {
        var w = ItemMatcher.Singular(word);
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return w[..^3];
        }

        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) ? w[..^2] : w;
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' or '’');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].Trim('-', '\'', '’');
                start = -1;
            }
        }
    }
}
