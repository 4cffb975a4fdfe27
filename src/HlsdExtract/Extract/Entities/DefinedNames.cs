using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// Names defined with their acronym ("Full Name (ACR)", <see cref="DefinitionScanner"/>): the words the acronym
/// spells (<see cref="Acronyms"/>), typed by their head word; a defined name that is no body is a program, unless
/// it is a place or a kind of group. Each new acronym is recorded for its later uses.
/// </summary>
internal static class DefinedNames
{
    /// <summary>
    /// The definitions of <paramref name="block"/>: each new name, and each acronym defined, in <paramref name="acronyms"/>.
    /// A known agency's acronym defined for a body of its own ("the Social Security Administration (SSA)", not the listed
    /// SSA) goes in <paramref name="redefined"/>: the document uses it for that body.
    /// </summary>
    public static void Find(Document doc, Block block, string text, WordLists lists, List<EntityMention> found, Dictionary<string, (EntityKind Type, string Canonical, string? Country)> acronyms, HashSet<string> redefined)
    {
        foreach (var m in DefinitionScanner.Find(text))
        {
            var acr = m.Groups["acr"].Value;
            var known = lists.AgencyByAcronym(acr);
            if (acronyms.ContainsKey(acr) || acr is "FY" or "US" or "USA" || IsCompoundOfKnown(acr, lists) || (known is null && lists.OneWordForms.Contains(acr)))
            {
                continue;
            }

            var nameGroup = m.Groups["name"];
            var nameEnd = nameGroup.Index + nameGroup.Length;
            var name = Acronyms.NameMatching(nameGroup.Value, acr);
            if (known is not null && (name is null || !IsOtherBody(name, known, lists)))
            {
                continue;
            }

            if (name is null && Acronyms.StartSpelling(text, nameEnd, acr) is >= 0 and var from && text.AsSpan(from, nameEnd - from).Contains(' '))
            {
                name = text[from..nameEnd].TrimEnd(',');
            }

            if (name is null)
            {
                continue;
            }

            if (known is not null)
            {
                redefined.Add(acr);
            }

            var start = nameEnd - name.Length;
            if (Acronyms.BinationalPrefix(text, start) is > 0 and var prefix)
            {
                // "the U.S.-Mexico Security Coordination Group (SCG)": the pair of countries belongs to the name.
                start -= prefix;
                name = text[start..nameEnd];
            }

            var after = DefinitionScanner.WordAfter(text, m);
            // NameMatching returns two words or more: a defined name that is no body is a program, unless a place ("British Virgin Islands (BVI)")
            // or a kind of thing with a plural acronym ("Transnational Criminal Organizations (TCOs)"); one organization defined so is a body ("World Harbor Organization (WHO)").
            var kind = NameKinds.Classify(name, lists);
            if (kind == EntityKind.Operation || (kind is null && (IsPlaceName(name, lists) || m.Value.EndsWith("s)", StringComparison.Ordinal))))
            {
                continue;
            }

            kind ??= name.EndsWith(" Organization", StringComparison.Ordinal) ? EntityKind.Agency : EntityKind.Program;
            var canonical = kind == EntityKind.Program && after.Length > 0 && (lists.ProgramHeads.Contains(after) || lists.ProgramNouns.Contains(after)) ? name + " " + after : name;
            if (KnownBodies.Listed(name, lists) is { } listed && listed.Type == kind)
            {
                // "High Intensity Drug Trafficking Area (HIDTA)": a listed name defined here keeps its listed canonical, for its acronym's uses too.
                canonical = listed.Canonical;
            }

            var country = kind == EntityKind.Agency ? NameKinds.Country(name) : null;
            var span = new TextSpan(block.Span.Start + start, block.Span.Start + start + name.Length);
            found.Add(EntityFactory.Make(doc, kind, span, canonical, kind == EntityKind.Agency ? acr : null, country, confidence: 0.85));
            acronyms[acr] = (kind, canonical, country);
        }
    }

    /// <summary>
    /// True for a name ending in a place word ("Islands", "County"), not a body's word ("Organization", "International"),
    /// one with it before "of" ("Federal Republic of Ruritania") or a Spanish one opening with it ("Aeropuerto Internacional de ...").
    /// </summary>
    private static bool IsPlaceName(string name, WordLists lists)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        var first = name[..name.IndexOf(' ')];
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        var beforeOf = of > 0 ? name[(name.LastIndexOf(' ', of - 1) + 1)..of] : "";
        return IsPlaceWord(last, lists)
            || (IsPlaceWord(first, lists) && (name.Contains(" de ", StringComparison.Ordinal) || name.Contains(" del ", StringComparison.Ordinal)))
            || IsPlaceWord(beforeOf, lists);
    }

    private static bool IsPlaceWord(string word, WordLists lists) =>
        lists.PlaceHeads.Contains(word) && word is not ("Organization" or "Organizations" or "International");

    /// <summary>True when the initials of <paramref name="name"/> are the known agency's acronym, and it is a body but neither that agency nor a variant of its name.</summary>
    private static bool IsOtherBody(string name, GazetteerEntry known, WordLists lists) =>
        KnownBodies.SpellsExactly(name, known.Acronym!) && NameKinds.Classify(name, lists) == EntityKind.Agency && KnownBodies.Listed(name, lists)?.Canonical != known.Canonical
        && KnownBodies.Variant(name, lists) is null && !KnownBodies.Resembles(name, known.Canonical, lists);

    /// <summary>"ICE-HSI": an acronym made of known agencies' acronyms names them, not a new body.</summary>
    private static bool IsCompoundOfKnown(string acr, WordLists lists) =>
        acr.Contains('-') && acr.Split('-').All(part => lists.AgencyByAcronym(part) is not null);
}
