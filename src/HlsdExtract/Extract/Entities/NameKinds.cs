using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>Decides what a capitalized name is from its last word: a body, a program, or neither.</summary>
internal static class NameKinds
{
    private static readonly string[] LeadingArticles = ["The ", "the "];

    /// <summary>Two-word endings of bodies' names ("Task Force", "Enforcement Network"), from <c>agency-compound-heads.txt</c>.</summary>
    private static readonly string[] CompoundHeads =
        [.. LanguageData.All.SelectMany(l => l.Table("agency-compound-heads.txt")).Select(r => " " + r[0].Trim())];

    public static EntityKind? Classify(string name, WordLists lists)
    {
        if (name.StartsWith("Operation ", StringComparison.Ordinal))
        {
            return EntityKind.Operation;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Counter Cartel Coalition", "Anti-Cartel Task Force": a name that ends in a body's or program's word fights cartels.
        var headLast = words.Length > 1 && (lists.AgencyHeads.Contains(words[^1]) || lists.ProgramHeads.Contains(words[^1])) && words[^1] is not ("Organization" or "Organizations");
        if ((!headLast && words.Any(w => w is "Cartel" or "Cártel")) || (words[^1] is "Organization" && lists.GivenNames.Contains(words[0])))
        {
            // "Cartel de Jalisco Nueva Generación", "Vicente Carrillo Fuentes Organization": a criminal group, named after a place or a person.
            return EntityKind.CriminalOrg;
        }

        var last = words.Length > 1 && char.IsAsciiDigit(words[^1][0]) ? words[^2] : words[^1];
        if (lists.AgencyHeads.Contains(last) || HasCompoundHead(name))
        {
            return EntityKind.Agency;
        }

        if (lists.ProgramHeads.Contains(last))
        {
            return EntityKind.Program;
        }

        // "Port of Entry ...", "Bridge of ...": a place; "International" opens bodies' names as well ("International Organization for ...").
        if (lists.PlaceHeads.Contains(words[0]) && words[0] is not "International")
        {
            return null;
        }

        // "Bureau of Alcohol, Tobacco...", "Commission on Mental Health and Addictions", "Strategy to Prevent Addictions": head word before "of/on/for/to";
        // a plural body's head ("Centers for ...") and "Organization" ("Organization for ...") there are bodies too.
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (words[i] is "of" or "on" or "for" or "to" or "para" or "de" or "del" && IsHeadBeforeComplement(words[i - 1], words[i], lists))
            {
                return lists.ProgramHeads.Contains(words[i - 1]) ? EntityKind.Program : EntityKind.Agency;
            }
        }

        // Spanish names open with their head: "Red Nacional de Información sobre Drogas", "Comité Trilateral de Fentanilo".
        if (words.Length >= 3 && words.Skip(1).Any(w => w is "de" or "del" or "sobre" or "para") && (lists.AgencyHeads.Contains(words[0]) || lists.ProgramHeads.Contains(words[0])))
        {
            return lists.AgencyHeads.Contains(words[0]) ? EntityKind.Agency : EntityKind.Program;
        }

        return null;
    }

    /// <summary>True when <paramref name="name"/> holds a body's two-word ending ("... Task Force West", "... Enforcement Network").</summary>
    public static bool HasCompoundHead(string name)
    {
        foreach (var head in CompoundHeads)
        {
            var at = name.IndexOf(head, StringComparison.Ordinal);
            if (at >= 0 && (head.EndsWith(" Force", StringComparison.Ordinal) || at + head.Length == name.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word that heads a name when <paramref name="complement"/> ("of", "for", "de" ...) follows it: a body's or program's
    /// head word; "Organization", which heads bodies only so ("Organization of American States"); a body's plural head
    /// before "for" ("Centers for Disease Control"; not "Departments of Justice and Defense", a list of bodies).
    /// </summary>
    public static bool IsHeadBeforeComplement(string word, string complement, WordLists lists) =>
        lists.AgencyHeads.Contains(word) || lists.ProgramHeads.Contains(word) || (word is "Organization" && complement is "of" or "for")
        || (complement is "for" && word.Length > 3 && word[^1] == 's' && lists.AgencyHeads.Contains(word[..^1]));

    /// <summary>Drops leading "The"/"the" and a leading possessor ("DEA's").</summary>
    public static string Trim(string name)
    {
        foreach (var prefix in LeadingArticles)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..];
            }
        }

        return name;
    }

    /// <summary>US, MX, BI or INT from the words of a body's name.</summary>
    public static string Country(string name) =>
        name.Contains("Binational", StringComparison.Ordinal) || name.StartsWith("U.S.-Mexico", StringComparison.Ordinal) ? "BI"
        : name.Contains("Mexic", StringComparison.Ordinal) || name.Contains("Nacional", StringComparison.Ordinal) || name.Contains("de la", StringComparison.Ordinal) || name.Contains(" de ", StringComparison.Ordinal) ? "MX"
        : name.Contains("United Nations", StringComparison.Ordinal) || name.Contains("International", StringComparison.Ordinal) ? "INT"
        : "US";
}
