using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>Decides what a capitalized name is from its last word: a body, a program, or neither.</summary>
internal static class NameKinds
{
    private static readonly string[] LeadingArticles = ["The ", "the "];

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
        if (lists.AgencyHeads.Contains(last) || name.Contains(" Task Force", StringComparison.Ordinal) || name.Contains(" Strike Force", StringComparison.Ordinal))
        {
            return EntityKind.Agency;
        }

        if (lists.ProgramHeads.Contains(last))
        {
            return EntityKind.Program;
        }

        if (lists.PlaceHeads.Contains(words[0]))
        {
            return null;
        }

        // "Bureau of Alcohol, Tobacco...", "Commission on Mental Health and Addictions", "Strategy to Prevent Addictions": head word before "of/on/for/to".
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (words[i] is "of" or "on" or "for" or "to" or "para" or "de" or "del" && (lists.AgencyHeads.Contains(words[i - 1]) || lists.ProgramHeads.Contains(words[i - 1])))
            {
                return lists.AgencyHeads.Contains(words[i - 1]) ? EntityKind.Agency : EntityKind.Program;
            }
        }

        // Spanish names open with their head: "Red Nacional de Información sobre Drogas", "Comité Trilateral de Fentanilo".
        if (words.Length >= 3 && words.Skip(1).Any(w => w is "de" or "del" or "sobre" or "para") && (lists.AgencyHeads.Contains(words[0]) || lists.ProgramHeads.Contains(words[0])))
        {
            return lists.AgencyHeads.Contains(words[0]) ? EntityKind.Agency : EntityKind.Program;
        }

        return null;
    }

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
