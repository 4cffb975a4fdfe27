using System.Collections.Frozen;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// Cuts a capitalized run down to the name it holds: without a sentence opener ("This
/// Administration", "Welcome to the Department ..."), after a possessor ("Mexico's National Strategy
/// to Prevent Addictions", "the Marshals Service's Investigative Operations Division") unless the
/// possessive belongs to the name ("U.S. Attorney's Office", "North American Leaders' Summit"), and
/// after a leading agency acronym ("UNODC Port Container Control Program"). A unit named after its
/// parent's possessive or acronym keeps the parent in its canonical name ("HSI Human Smuggling Unit").
/// </summary>
internal static class ChunkNames
{
    private static readonly FrozenSet<string> Dates =
        LanguageData.English.Months.Names.Concat(LanguageData.English.Weekdays.Names).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The name inside <paramref name="chunk"/>: its offset in the chunk, its text, the parent that prefixes a unit's canonical name, and the possessor before it.</summary>
    public static ChunkCut Cut(string chunk, WordLists lists)
    {
        var offset = 0;
        var words = chunk.Split(' ');
        if (words.Length > 1 && IsPossessor(words[^1], lists) && words[^1].EndsWith("'s", StringComparison.Ordinal))
        {
            // "the Harbor Safety Commission's report", "the Designation Act of Ruiz's associates": the name without the possessive.
            words = OwnerName(string.Join(' ', words)[..^2], lists).Split(' ');
        }

        var w = 0;
        while (w < words.Length - 1 && (lists.NameOpeners.Contains(words[w]) || (w > 0 && char.IsLower(words[w][0]))))
        {
            offset += words[w].Length + 1;
            w++;
        }

        // "Welcome to the Department ...", "Building on the Framework ...": a name opens with a head word, not with "X to/in/on".
        if (w + 2 < words.Length && words[w + 1] is "to" or "in" or "on" && !lists.AgencyHeads.Contains(words[w]) && !lists.ProgramHeads.Contains(words[w]))
        {
            offset += words[w].Length + words[w + 1].Length + 2;
            w += 2;
            if (w < words.Length - 1 && words[w] is "the")
            {
                offset += 4;
                w++;
            }
        }

        // "Analysts of the Forensic Chemistry Agency": a plural noun opening a sentence, not a body's head.
        if (w + 3 < words.Length && words[w + 1] is "of" && words[w].EndsWith('s') && !lists.AgencyHeads.Contains(words[w]) && !lists.ProgramHeads.Contains(words[w]))
        {
            offset += words[w].Length + 4;
            w += 2;
            if (words[w] is "the")
            {
                offset += 4;
                w++;
            }
        }

        string? parent = null;
        string? owner = null;
        var ownerOffset = 0;
        for (var k = words.Length - 2; k >= w; k--)
        {
            if (IsPossessor(words[k], lists))
            {
                var possessive = string.Join(' ', words[w..(k + 1)]);
                parent = possessive[..^(possessive.EndsWith("'s", StringComparison.Ordinal) ? 2 : 1)];
                owner = OwnerName(parent, lists);
                ownerOffset = offset;
                offset += possessive.Length + 1;
                w = k + 1;
                break;
            }
        }

        if (w + 2 < words.Length && IsAcronym(words[w]) && lists.AgencyByAcronym(words[w]) is not null)
        {
            parent = words[w];
            offset += words[w].Length + 1;
            w++;
        }

        // "Daniel Ruiz of the Houston Division", "Inspector General of the Department of ...", "III Reunión del Comité ...":
        // words with no head word before "of/de/del" are no part of the body the rest names by itself ("Statement of
        // Partnership to ..." keeps its words: the rest is no body).
        for (var k = w + 1; k < words.Length - 2; k++)
        {
            if (NameKinds.IsHeadBeforeComplement(words[k - 1], words[k], lists) || char.IsLower(words[k - 1][0]))
            {
                break;
            }

            if (words[k] is "of" or "de" or "del")
            {
                var from = k + 1 < words.Length - 2 && words[k + 1] is "the" or "la" or "el" or "los" or "las" ? k + 2 : k + 1;
                if (from + 1 < words.Length && char.IsUpper(words[from][0]) && NameKinds.Classify(string.Join(' ', words[from..]), lists) == EntityKind.Agency)
                {
                    offset += words[w..from].Sum(x => x.Length + 1);
                    w = from;
                }

                break;
            }
        }

        // "... Cabinet on Monday", "... Dialogue in Ottawa": a trailing date or place phrase after the head word.
        var last = words.Length;
        for (var k = words.Length - 2; k > w; k--)
        {
            if (words[k] is "on" or "in" && (lists.AgencyHeads.Contains(words[k - 1]) || lists.ProgramHeads.Contains(words[k - 1])) && (k + 2 == words.Length || Dates.Contains(words[k + 1])))
            {
                last = k;
                break;
            }
        }

        last = BeforeTitle(words, w, last, lists);
        var name = string.Join(' ', words[w..last]);
        return new ChunkCut(offset, name, parent is not null && IsUnit(name, lists) ? parent : null, ownerOffset, owner);
    }

    /// <summary>
    /// "National Security Council Senior Director for ... Jane Roe": a body's name that runs on into an office title
    /// (modifiers and a title's head word, more words after it) ends before the title. The end of the name in words.
    /// </summary>
    private static int BeforeTitle(string[] words, int first, int last, WordLists lists)
    {
        for (var k = first + 2; k < last - 1; k++)
        {
            if (!lists.AgencyHeads.Contains(words[k - 1]))
            {
                continue;
            }

            var i = k;
            while (i < last - 1 && lists.TitlePhrases.IsModifier(words[i]) && !lists.TitlePhrases.IsHead(words[i]))
            {
                i++;
            }

            if (lists.TitlePhrases.IsHead(words[i]) && i < last - 1)
            {
                return k;
            }
        }

        return last;
    }

    /// <summary>
    /// The name a possessor may be ("the Marshals Service's" -> "Marshals Service"); "Designation Act of Ruiz's" -> "Designation Act":
    /// a head-ended name "of" one word (a person's or a place's) whose possessive follows is the name without it.
    /// </summary>
    private static string OwnerName(string possessor, WordLists lists)
    {
        var of = possessor.LastIndexOf(" of ", StringComparison.Ordinal);
        if (of > 0 && possessor.IndexOf(' ', of + 4) < 0)
        {
            var before = possessor[..of];
            var head = before[(before.LastIndexOf(' ') + 1)..];
            if (before.Contains(' ') && (lists.AgencyHeads.Contains(head) || lists.ProgramHeads.Contains(head)))
            {
                return before;
            }
        }

        return possessor;
    }

    /// <summary>
    /// The runs of <paramref name="chunk"/> that hold one name each, with their offsets: runs separated by " and the "
    /// ("the Arizona Attorney General's Office and the Tempe Police Department": no body's name holds "and the"), by
    /// " and " after a body's head word ("the Border Patrol and Yuma County Sheriff's Office"), and a task force named
    /// right after its parent body ("Southern Command Joint Interagency Task Force South").
    /// </summary>
    public static IEnumerable<(int Offset, string Part)> Parts(string chunk, WordLists lists)
    {
        var offset = 0;
        for (var at = chunk.IndexOf(" and the ", StringComparison.Ordinal); at >= 0; at = chunk.IndexOf(" and the ", offset, StringComparison.Ordinal))
        {
            foreach (var part in AfterBodies(offset, chunk[offset..at], lists))
            {
                yield return part;
            }

            offset = at + " and the ".Length;
        }

        foreach (var part in AfterBodies(offset, chunk[offset..], lists))
        {
            yield return part;
        }
    }

    /// <summary>Splits <paramref name="run"/> after each body's head word that " and " or a task force's name follows.</summary>
    private static IEnumerable<(int Offset, string Part)> AfterBodies(int offset, string run, WordLists lists)
    {
        var words = run.Split(' ');
        var starts = new int[words.Length];
        for (var k = 1; k < words.Length; k++)
        {
            starts[k] = starts[k - 1] + words[k - 1].Length + 1;
        }

        var first = 0;
        for (var k = 1; k < words.Length - 2; k++)
        {
            if (k == first || !lists.AgencyHeads.Contains(words[k]))
            {
                continue;
            }

            var and = words[k + 1] is "and" && char.IsUpper(words[k + 2][0]);
            if (and || (char.IsUpper(words[k + 1][0]) && !lists.AgencyHeads.Contains(words[k + 1]) && NameKinds.HasCompoundHead(" " + string.Join(' ', words[(k + 2)..]))))
            {
                yield return (offset + starts[first], run[starts[first]..(starts[k] + words[k].Length)]);
                first = and ? k + 2 : k + 1;
            }
        }

        yield return (offset + starts[first], run[starts[first]..]);
    }

    /// <summary>
    /// "Treasury's", "Mexico's": a possessive that owns the name after it; not one that belongs to the name
    /// because it is an office's title or a plural ("U.S. Attorney's Office", "Sheriff's Office", "Leaders' Summit").
    /// </summary>
    private static bool IsPossessor(string word, WordLists lists)
    {
        if (word.EndsWith('\''))
        {
            return false;
        }

        if (!word.EndsWith("'s", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = word[..^2];
        return !lists.TitlePhrases.IsHead(stem) && !lists.TitlePhrases.IsModifier(stem);
    }

    /// <summary>A component named by a description and a unit word ("Investigative Operations Division"), not a body of its own ("Office of Foreign Assets Control").</summary>
    private static bool IsUnit(string name, WordLists lists)
    {
        var words = name.Split(' ');
        return words.Length >= 2 && !lists.AgencyHeads.Contains(words[0]) && lists.AgencyHeads.Contains(words[^1]);
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c is '-' or '&' or '.');
}
