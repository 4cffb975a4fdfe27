using System.Collections.Frozen;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>Which capitalized words may be part of a person's name that no title or given name vouches for.</summary>
internal static class PersonWords
{
    private static readonly FrozenSet<string> Months = LanguageData.English.Months.Names.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words a period does not end a sentence after ("Dr", "Gen"): "Reverend Dr." is no name.</summary>
    private static readonly FrozenSet<string> Abbreviations = LanguageData.English.Words("abbreviations.txt", StringComparer.Ordinal);

    /// <summary>Function words, capitalized at a sentence's start ("In April, ...").</summary>
    private static readonly FrozenSet<string> FunctionWords = LanguageData.English.Words("stopwords.txt", StringComparer.Ordinal);

    /// <summary>
    /// A capitalized word that may be part of a name: no acronym, abbreviation, month, function word or sentence opener,
    /// and no head word of a body, program, place or office title, singular or plural ("Senators", "Congresswomen").
    /// </summary>
    public static bool IsNameWord(WordLists lists, string text, Token token)
    {
        if (!NameShapes.IsCapitalizedWord(text, token))
        {
            return false;
        }

        var word = text[token.Start..token.End];
        return !NameShapes.IsAcronym(word) && !Abbreviations.Contains(word) && !Months.Contains(word) && !lists.NameOpeners.Contains(word)
            && !FunctionWords.Contains(word.ToLowerInvariant())
            && !lists.AgencyHeads.Contains(word) && !lists.ProgramHeads.Contains(word) && !lists.PlaceHeads.Contains(word) && !IsRoleWord(lists, word);
    }

    /// <summary>A title's head or modifier word, or the plural of one ("Officers", "Congressmen").</summary>
    public static bool IsRoleWord(WordLists lists, string word) =>
        IsTitleWord(lists, word)
        || (word.Length > 3 && word.EndsWith('s') && IsTitleWord(lists, word[..^1]))
        || (word.Length > 4 && word.EndsWith("men", StringComparison.Ordinal) && IsTitleWord(lists, word[..^3] + "man"));

    private static bool IsTitleWord(WordLists lists, string word) => lists.TitlePhrases.IsHead(word) || lists.TitlePhrases.IsModifier(word);
}
