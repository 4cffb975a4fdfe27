using HlsdExtract.Language;

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
    private static readonly HashSet<string> Dates = new(
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.DayNames).Where(d => d.Length > 0),
        StringComparer.Ordinal);

    /// <summary>The name inside <paramref name="chunk"/>: its offset in the chunk, its text, and the parent that prefixes a unit's canonical name (or null).</summary>
    public static (int Offset, string Name, string? Parent) Cut(string chunk, WordLists lists)
    {
        var offset = 0;
        var words = chunk.Split(' ');
        var w = 0;
        while (w < words.Length - 1 && (lists.NameOpeners.Contains(words[w]) || (w > 0 && char.IsLower(words[w][0]))))
        {
            offset += words[w].Length + 1;
            w++;
        }

        // "Welcome to the Department ...": a name opens with a head word, not with "X to".
        if (w + 2 < words.Length && words[w + 1] is "to" or "in" && !lists.AgencyHeads.Contains(words[w]) && !lists.ProgramHeads.Contains(words[w]))
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
        for (var k = words.Length - 2; k >= w; k--)
        {
            if (IsPossessor(words[k], lists))
            {
                var owner = string.Join(' ', words[w..(k + 1)]);
                parent = owner[..^(owner.EndsWith("'s", StringComparison.Ordinal) ? 2 : 1)];
                offset += owner.Length + 1;
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

        var name = string.Join(' ', words[w..last]);
        return (offset, name, parent is not null && IsUnit(name, lists) ? parent : null);
    }

    /// <summary>
    /// The runs of <paramref name="chunk"/> that " and the " separates ("the Arizona Attorney General's Office and the
    /// Tempe Police Department"), each with its offset: no body's name holds "and the".
    /// </summary>
    public static IEnumerable<(int Offset, string Part)> Parts(string chunk)
    {
        var offset = 0;
        for (var at = chunk.IndexOf(" and the ", StringComparison.Ordinal); at >= 0; at = chunk.IndexOf(" and the ", offset, StringComparison.Ordinal))
        {
            yield return (offset, chunk[offset..at]);
            offset = at + " and the ".Length;
        }

        yield return (offset, chunk[offset..]);
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
