using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>Acronyms defined in a document ("Full Name (ACR)"): which tail of the name they spell, and their later uses.</summary>
internal static class Acronyms
{
    /// <summary>The longest tail of <paramref name="name"/> whose word initials spell the acronym in order, first letter first.</summary>
    public static string? NameMatching(string name, string acronym)
    {
        var words = name.Split(' ');
        var letters = acronym.Where(char.IsUpper).ToArray();
        for (var from = 0; from < words.Length; from++)
        {
            if (words[from].Length == 0 || words[from][0] != letters[0])
            {
                continue;
            }

            var initials = string.Concat(words[from..].SelectMany(w => w.Split('-')).Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
            if (IsSubsequence(letters, initials) && words.Length - from >= 2)
            {
                return string.Join(' ', words[from..]).TrimEnd(',');
            }
        }

        return null;
    }

    /// <summary>
    /// The name ending at <paramref name="end"/> of <paramref name="text"/> whose capitalized words spell every letter of
    /// the acronym, read backwards, over lower-case words that spell none ("Comprehensive Opioid, Stimulants, and other
    /// Substances Abuse Program (COSSAP)"): each capitalized word (each part of a hyphenated one) gives the next letter or
    /// the reading fails; one to <see cref="MaxLowerWords"/> short lower-case words besides connectors. Its start, or -1.
    /// </summary>
    public static int StartSpelling(string text, int end, string acronym)
    {
        var letters = acronym.Where(char.IsUpper).ToArray();
        var next = letters.Length - 1;
        var lower = 0;
        var at = end;
        while (next >= 0)
        {
            while (at > 0 && text[at - 1] is ' ' or ',')
            {
                at--;
            }

            var wordEnd = at;
            while (at > 0 && text[at - 1] is not (' ' or ',' or '\n' or '(' or ')' or '"' or ';' or ':'))
            {
                at--;
            }

            var word = text.AsSpan(at, wordEnd - at);
            if (word.Length == 0 || (at > 0 && text[at - 1] is not (' ' or ',')))
            {
                return -1;
            }

            if (char.IsLower(word[0]))
            {
                if (!EntityPatterns.IsConnector(word) && (word.Length > 5 || ++lower > MaxLowerWords))
                {
                    return -1;
                }

                continue;
            }

            foreach (var part in word.ToString().Split('-').Reverse())
            {
                if (part.Length == 0 || !char.IsUpper(part[0]))
                {
                    continue;
                }

                if (next < 0 || part[0] != letters[next])
                {
                    return -1;
                }

                next--;
            }
        }

        // A reading that crosses no lower-case word is the pattern's own, which found none.
        return lower > 0 ? at : -1;
    }

    private const int MaxLowerWords = 2;

    /// <summary>The length of a "U.S.-Mexico " or "Canada-U.S. " (two countries joined by a hyphen) right before <paramref name="start"/>, with its space, or 0.</summary>
    public static int BinationalPrefix(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return 0;
        }

        var at = text.LastIndexOf(' ', start - 2) + 1;
        var word = text.AsSpan(at, start - 1 - at);
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && char.IsUpper(word[0]) && char.IsUpper(word[hyphen + 1]) && (word[..hyphen].Contains('.') || word[(hyphen + 1)..].Contains('.')) ? start - at : 0;
    }

    /// <summary>"SSA" after "the Social Security Administration (SSA)": a word-list hit on an acronym the document defines for a body of its own is that body.</summary>
    public static void Redefine(List<EntityMention> found, Dictionary<string, (EntityKind Type, string Canonical, string? Country)> acronyms, HashSet<string> redefined)
    {
        if (redefined.Count == 0)
        {
            return;
        }

        for (var i = 0; i < found.Count; i++)
        {
            var e = found[i];
            if (e.Type == EntityKind.Agency && redefined.Contains(e.Text) && acronyms.TryGetValue(e.Text, out var def))
            {
                found[i] = e with { Canonical = def.Canonical, Acronym = e.Text, Country = def.Country };
            }
        }
    }

    /// <summary>Every later use of a defined acronym ("DEA" after "Drug Enforcement Administration (DEA)") not already inside a mention: a mention of the defined name.</summary>
    public static void MarkUses(Document doc, List<EntityMention> found, Dictionary<string, (EntityKind Type, string Canonical, string? Country)> acronyms)
    {
        if (acronyms.Count == 0)
        {
            return;
        }

        var taken = new SpanSet(found.Select(e => e.Span));
        var lookup = acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        var starts = acronyms.Keys.Select(k => k[0]).ToHashSet();
        foreach (var token in doc.Tokens)
        {
            if (starts.Contains(doc.Text[token.Start]) && lookup.TryGetValue(token.Span.SliceSpan(doc.Text), out var word, out var def) && !taken.Overlaps(token.Span))
            {
                taken.Add(token.Span);
                found.Add(EntityFactory.Make(doc, def.Type, token.Span, def.Canonical, def.Type == EntityKind.Agency ? word : null, def.Country, confidence: 0.95));
            }
        }
    }

    /// <summary>"DFC Program" after "Drug-Free Communities (DFC) Program": a name made of a defined acronym and a head word is the defined name.</summary>
    public static void NameDefinedHeads(List<EntityMention> found, Dictionary<string, (EntityKind Type, string Canonical, string? Country)> acronyms)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var e = found[i];
            var space = e.Text.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && e.Text.IndexOf(' ', space + 1) < 0 && acronyms.TryGetValue(e.Text[..space], out var def) && def.Type == e.Type)
            {
                found[i] = e with { Canonical = def.Canonical };
            }
        }
    }

    private static bool IsSubsequence(char[] letters, string initials)
    {
        var k = 0;
        foreach (var c in initials)
        {
            if (k < letters.Length && c == letters[k])
            {
                k++;
            }
        }

        return k == letters.Length;
    }
}
