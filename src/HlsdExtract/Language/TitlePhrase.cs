using System.Collections.Frozen;
using HlsdExtract.Model;

namespace HlsdExtract.Language;

/// <summary>
/// An office title built from the words of <c>title-words.tsv</c> of each language rather than listed whole:
/// modifiers, a head ("Principal Deputy Spokesperson"), and an optional complement of capitalized
/// words after "of"/"for"/"de" ("Deputy Director of the Office of National Drug Control Policy",
/// "la secretaria de Relaciones Exteriores (SRE)"). The name follows the title directly, after a
/// comma ("Director of the FBI, Bob Mueller"), or inside the complement's capitalized run from its
/// first given name on ("Minister of Public Safety Dominic LeBlanc").
/// </summary>
internal sealed class TitlePhrase(FrozenSet<string> heads, FrozenSet<string> modifiers)
{
    // Span views: the scan tests every token of a block, and a substring per test was a fifth of the people stage's allocation.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Complements = SpanSet(["of", "for", "de", "del", "para"]);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Articles = SpanSet(["the", "la", "el", "los", "las"]);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Inner = SpanSet(["of", "for", "and", "the", "on", "de", "del", "la", "y", "in"]);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> headWords = heads.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> modifierWords = modifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TitlePhrase Load(IEnumerable<LanguageData> languages)
    {
        var rows = languages.SelectMany(l => l.Table("title-words.tsv")).Where(r => r.Length > 1).ToList();
        return new TitlePhrase(
            rows.Where(r => r[1] == "head").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal),
            rows.Where(r => r[1] == "modifier").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>True when <paramref name="word"/> is a title's head word ("Secretary", "Spokesperson", "secretaria").</summary>
    public bool IsHead(string word) => heads.Contains(word);

    /// <summary>True when <paramref name="word"/> is a title's head word, without a string for it.</summary>
    public bool IsHead(ReadOnlySpan<char> word) => headWords.Contains(word);

    /// <summary>True when <paramref name="word"/> qualifies a title head ("Deputy", "General", "Acting").</summary>
    public bool IsModifier(string word) => modifiers.Contains(word);

    private bool IsModifier(ReadOnlySpan<char> word) => modifierWords.Contains(word);

    /// <summary>
    /// The title that starts at token <paramref name="i"/>: its last token and where the name starts
    /// (a candidate the caller still scans), or null when no head word is there or no name can follow.
    /// </summary>
    public (int TitleLast, int NameStart, bool NeedsGivenName)? Match(string text, IReadOnlyList<Token> tokens, int i, int to, SpanLookups names)
    {
        var j = i;
        while (j < to && IsModifier(Word(text, tokens, j)) && !IsHead(Word(text, tokens, j)))
        {
            j++;
        }

        if (j >= to || !IsHead(Word(text, tokens, j)))
        {
            return null;
        }

        j++;
        while (j < to && (IsHead(Word(text, tokens, j)) || IsModifier(Word(text, tokens, j))) && IsCapitalized(text, tokens[j]))
        {
            j++;
        }

        var titleLast = j - 1;
        if (j < to && Complements.Contains(Word(text, tokens, j)))
        {
            var k = j + 1;
            while (k < to && Articles.Contains(Word(text, tokens, k)))
            {
                k++;
            }

            var runStart = k;
            while (k < to && (IsCapitalized(text, tokens[k]) || (Inner.Contains(Word(text, tokens, k)) && k + 1 < to && (IsCapitalized(text, tokens[k + 1]) || Articles.Contains(Word(text, tokens, k + 1))))))
            {
                if (k > runStart && names.IsGivenName(Word(text, tokens, k)) && !Inner.Contains(Word(text, tokens, k - 1)) && k + 1 < to && IsCapitalized(text, tokens[k + 1]))
                {
                    return (k - 1, k, false);
                }

                k++;
            }

            if (k == runStart)
            {
                return null;
            }

            titleLast = k - 1;
            j = k;
            if (j + 2 < to && Word(text, tokens, j) is "(" && Word(text, tokens, j + 2) is ")")
            {
                j += 3;
            }

            // After a complement the name is only taken as an appositive: "Director of the FBI, Bob Mueller".
            return j + 1 < to && Word(text, tokens, j) is "," && IsCapitalized(text, tokens[j + 1]) ? (titleLast, j + 1, false) : null;
        }

        if (j + 1 < to && Word(text, tokens, j) is "," && IsCapitalized(text, tokens[j + 1]))
        {
            return (titleLast, j + 1, false);
        }

        // A bare head ("Spokesperson Tommy Pigott"): the name must open with a given name.
        return j < to && IsCapitalized(text, tokens[j]) ? (titleLast, j, true) : null;
    }

    private static ReadOnlySpan<char> Word(string text, IReadOnlyList<Token> tokens, int i) => tokens[i].Span.SliceSpan(text);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanSet(string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsCapitalized(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);
}
