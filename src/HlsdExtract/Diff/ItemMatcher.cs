namespace HlsdExtract.Diff;

/// <summary>
/// How close two counted items are, tolerating wording: case, plurals, determiners, a leading
/// measure ("pounds of fentanyl" is fentanyl), an added modifier ("new Drug-Free Communities"),
/// and, last, the same head noun.
/// </summary>
internal static class ItemMatcher
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "some", "its", "their" };

    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "pound", "lb", "kilogram", "kg", "ton", "tonne", "gram", "ounce", "gallon", "liter", "litre", "dollar", "worth",
    };

    /// <summary>The item as lower-case singular words, without determiners or a leading measure.</summary>
    public static string[] Words(string? item)
    {
        if (string.IsNullOrWhiteSpace(item))
        {
            return [];
        }

        var words = item.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Singular).Where(w => !Determiners.Contains(w)).ToList();
        if (words.Count > 2 && Measures.Contains(words[0]) && words[1] == "of")
        {
            words.RemoveRange(0, 2);
        }

        return [.. words];
    }

    public static string Key(string? item) => string.Join(' ', Words(item));

    /// <summary>One item's words end with all of the other's (a modifier was added or dropped).</summary>
    public static bool OneExtendsTheOther(string? a, string? b)
    {
        var x = Words(a);
        var y = Words(b);
        var (longer, shorter) = x.Length >= y.Length ? (x, y) : (y, x);
        return shorter.Length > 0 && longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter);
    }

    /// <summary>Both items have the same head noun (the last word before "of", else the last word).</summary>
    public static bool SameHead(string? a, string? b)
    {
        var x = Head(Words(a));
        return x is not null && x == Head(Words(b));
    }

    private static string? Head(string[] words)
    {
        if (words.Length == 0)
        {
            return null;
        }

        var of = Array.IndexOf(words, "of");
        return of > 0 ? words[of - 1] : words[^1];
    }

    /// <summary>English plural to singular for the nouns readouts count (arrests, seizures, activities, presses).</summary>
    public static string Singular(string word)
    {
        if (word.Length <= 3 || !char.IsAsciiLetterLower(word[^1]))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal) ? word[..^1] : word;
    }
}
