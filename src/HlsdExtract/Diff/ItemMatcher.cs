namespace HlsdExtract.Diff;

/// <summary>
/// How close two counted items are, tolerating wording: case, plurals, determiners, a leading
/// measure ("pounds of fentanyl" is fentanyl), added modifiers ("new Drug-Free Communities"),
/// and the head noun (the last word before a preposition, else the last word).
/// Word lists: <c>Data/diff-words.tsv</c>.
/// </summary>
internal static class ItemMatcher
{
    /// <summary>The item as lower-case singular words, without determiners or a leading measure.</summary>
    public static string[] Words(string? item)
    {
        if (string.IsNullOrWhiteSpace(item))
        {
            return [];
        }

        var words = item.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Singular).Where(w => !DiffWords.Determiners.Contains(w)).ToList();
        if (words.Count > 2 && DiffWords.Measures.Contains(words[0]) && words[1] == "of")
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

    /// <summary>Both items have the same head noun.</summary>
    public static bool SameHead(string? a, string? b)
    {
        var x = Head(Words(a));
        return x is not null && x == Head(Words(b));
    }

    /// <summary>The closest relation between two items (see <see cref="ItemMatch"/>).</summary>
    public static ItemMatch Compare(string? a, string? b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return x.Length == y.Length ? ItemMatch.BothEmpty : ItemMatch.None;
        }

        if (x.AsSpan().SequenceEqual(y))
        {
            return ItemMatch.Exact;
        }

        var hx = Head(x);
        var hy = Head(y);
        if (hx == hy)
        {
            var mx = Modifiers(x, hx!);
            var my = Modifiers(y, hy!);
            return mx.IsSubsetOf(my) || my.IsSubsetOf(mx) ? ItemMatch.Extends : ItemMatch.SameHead;
        }

        return DiffWords.People.Contains(hx!) && DiffWords.People.Contains(hy!) ? ItemMatch.People : ItemMatch.None;
    }

    /// <summary>Exactly one of the items marks an increment ("13 additional canines" against "500 canines"): a yearly addition against a total.</summary>
    public static bool IncrementOnOneSide(string? a, string? b) =>
        Words(a).Any(DiffWords.Increments.Contains) != Words(b).Any(DiffWords.Increments.Contains);

    /// <summary>The head noun: the last word before the first preposition, else the last word.</summary>
    public static string? Head(string[] words)
    {
        if (words.Length == 0)
        {
            return null;
        }

        var at = Array.FindIndex(words, 1, DiffWords.Prepositions.Contains);
        return at > 0 ? words[at - 1] : words[^1];
    }

    /// <summary>The head of an item as written ("cases of violence" → "case").</summary>
    public static string? HeadOf(string? item) => Head(Words(item));

    private static HashSet<string> Modifiers(string[] words, string head) =>
        words.Where(w => w != head && !DiffWords.Prepositions.Contains(w)).ToHashSet(StringComparer.Ordinal);

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
