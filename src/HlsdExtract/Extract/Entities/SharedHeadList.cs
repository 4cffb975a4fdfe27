using System.Text.RegularExpressions;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// "the Departments of Justice, Defense, and Housing and Urban Development": one plural head
/// shared by a list of names, each of which is "Department of X". A part that is a listed body
/// once the head is put back is that body; a part joined by "and" that is not is tried as two.
/// </summary>
internal static partial class SharedHeadList
{
    /// <summary>The plural heads read this way and their singulars.</summary>
    private static readonly Dictionary<string, string> Singular = new(StringComparer.Ordinal)
    {
        ["Departments"] = "Department",
        ["Ministries"] = "Ministry",
        ["Offices"] = "Office",
        ["Bureaus"] = "Bureau",
        ["Secretariats"] = "Secretariat",
    };

    private const string Part = @"[A-Z][\p{L}-]*(?: (?:and |of |the )*[A-Z][\p{L}-]*)*";

    [GeneratedRegex(@"\b(?<head>Departments|Ministries|Offices|Bureaus|Secretariats) of (?<list>(?:the )?" + Part + @"(?:, (?:the )?" + Part + @")*,? and (?:the )?" + Part + ")", RegexOptions.None, 1000)]
    private static partial Regex Pattern();

    public static bool MayMatch(string text) => text.Contains("s of ", StringComparison.Ordinal);

    public static void Find(Document doc, Block block, string text, WordLists lists, List<EntityMention> found)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            var head = Singular[m.Groups["head"].Value];
            var list = m.Groups["list"];
            // Split on the commas first: a part may itself hold "and" ("Health and Human Services").
            var at = list.Index;
            foreach (var raw in list.Value.Split(", "))
            {
                var part = raw.StartsWith("and ", StringComparison.Ordinal) ? raw[4..] : raw;
                var start = at + (raw.Length - part.Length);
                at += raw.Length + 2;
                if (Listed(lists, head, part) is { } whole)
                {
                    Add(doc, block, found, start, part, whole);
                    continue;
                }

                var and = part.LastIndexOf(" and ", StringComparison.Ordinal);
                if (and > 0 && Listed(lists, head, part[..and]) is { } first && Listed(lists, head, part[(and + 5)..]) is { } second)
                {
                    Add(doc, block, found, start, part[..and], first);
                    Add(doc, block, found, start + and + 5, part[(and + 5)..], second);
                }
            }
        }
    }

    /// <summary>The listed agency named "head of part" ("Department of Justice"), or null.</summary>
    private static GazetteerEntry? Listed(WordLists lists, string head, string part)
    {
        var name = head + " of " + part;
        var tokens = WordTokenizer.Tokenize(name, new TextSpan(0, name.Length));
        foreach (var (first, last, entry) in lists.Names.Match(name, tokens, 0, tokens.Count))
        {
            return first == 0 && last == tokens.Count - 1 && entry.Type == EntityKind.Agency ? entry : null;
        }

        return null;
    }

    private static void Add(Document doc, Block block, List<EntityMention> found, int localStart, string part, GazetteerEntry entry)
    {
        var span = new TextSpan(block.Span.Start + localStart, block.Span.Start + localStart + part.Length);
        found.Add(EntityFactory.Make(doc, EntityKind.Agency, span, entry.Canonical, entry.Acronym, entry.Country));
    }
}
