using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// A body's name found by its shape that is a known agency written another way: defined with the known
/// agency's acronym ("the Federal Attorney General's Office (FGR)"), or a variant of its official name
/// whose words spell the same acronym and differ only in the head word or a plural ("the U.S. Drug
/// Enforcement Agency", "Office of Foreign Asset Control").
/// </summary>
internal static class KnownBodies
{
    private const int MinInitials = 3;

    /// <summary>The word-list entry <paramref name="name"/> is as a whole (any written form), or null.</summary>
    public static GazetteerEntry? Listed(string name, WordLists lists)
    {
        var tokens = WordTokenizer.Tokenize(name, new TextSpan(0, name.Length));
        foreach (var (first, last, entry) in lists.Names.Match(name, tokens, 0, tokens.Count))
        {
            return first == 0 && last == tokens.Count - 1 ? entry : null;
        }

        return null;
    }

    /// <summary>
    /// The known agency whose acronym is in brackets right after <paramref name="name"/> (ending at <paramref name="end"/>),
    /// when the name's own initials do not spell it: "the Federal Attorney General's Office (FGR)" glosses the known FGR;
    /// "the Social Security Administration (SSA)" is a body of its own that shares an acronym with another. Else null.
    /// </summary>
    public static GazetteerEntry? DefinedAfter(string text, string name, int end, WordLists lists)
    {
        if (end + 3 >= text.Length || text[end] != ' ' || text[end + 1] != '(')
        {
            return null;
        }

        var close = text.IndexOf(')', end + 2, Math.Min(12, text.Length - end - 2));
        if (close < 0 || lists.AgencyByAcronym(text[(end + 2)..close]) is not { } known)
        {
            return null;
        }

        return Acronyms.NameMatching(name, known.Acronym!) is null ? known : null;
    }

    /// <summary>
    /// The known agency <paramref name="name"/> is a variant of: the initials of its significant words (not "U.S.",
    /// not connectors) are that agency's acronym, and both names have the same words besides their head words,
    /// compared without a plural "s". Null when there is none.
    /// </summary>
    public static GazetteerEntry? Variant(string name, WordLists lists)
    {
        var words = Significant(name);
        if (words.Count < MinInitials || lists.AgencyByAcronym(string.Concat(words.Select(w => w[0]))) is not { } known || known.Canonical == name)
        {
            return null;
        }

        var other = Significant(known.Canonical);
        return other.Count == words.Count && Stems(words, lists).SetEquals(Stems(other, lists)) ? known : null;
    }

    /// <summary>True when the words of either name besides head words are all words of the other ("Bureau of Prisons", "Federal Bureau of Prisons").</summary>
    public static bool Resembles(string name, string other, WordLists lists)
    {
        var a = Stems(Significant(name), lists);
        var b = Stems(Significant(other), lists);
        return a.IsSubsetOf(b) || b.IsSubsetOf(a);
    }

    /// <summary>The capitalized words of a name that may give its acronym a letter.</summary>
    private static List<string> Significant(string name) =>
        [.. name.Split(' ').Select(w => w.TrimEnd(',')).Where(w => w.Length > 0 && char.IsUpper(w[0]) && w is not ("U.S." or "US" or "The") && !EntityPatterns.IsConnector(w))];

    /// <summary>True when the initials of the significant words of <paramref name="name"/> are exactly <paramref name="acronym"/>'s letters.</summary>
    public static bool SpellsExactly(string name, string acronym) =>
        string.Concat(Significant(name).Select(w => w[0])) == string.Concat(acronym.Where(char.IsUpper));

    /// <summary>The words besides the head words, lower-cased, without a plural "s".</summary>
    private static HashSet<string> Stems(List<string> words, WordLists lists) =>
        words.Where(w => !lists.AgencyHeads.Contains(w))
            .Select(w => w.ToLowerInvariant())
            .Select(w => w.Length > 3 && w[^1] == 's' ? w[..^1] : w)
            .ToHashSet(StringComparer.Ordinal);
}
