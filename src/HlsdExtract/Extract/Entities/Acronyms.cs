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
