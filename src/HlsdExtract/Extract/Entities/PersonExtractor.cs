using System.Collections.Frozen;
using HlsdExtract.Contracts;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// People: a title from <c>Data/titles.txt</c> (longest match) followed by a name ("Secretary of
/// State Antony Blinken", "Homeland Security Advisor Dr. Elizabeth Sherwood-Randall", "President
/// López Obrador"), or a common given name followed by capitalized words ("Ofelia Hernandez-Salas",
/// "Osiel Cardenas-Salinas Jr."). Known officials resolve to their full name.
/// </summary>
public sealed class PersonExtractor(WordLists lists) : IDocumentStage
{
    private const int MaxNameWords = 4;

    private static readonly FrozenSet<string> Months = LanguageData.English.Months.Names.ToFrozenSet(StringComparer.Ordinal);

    public string Name => "people";

    public Document Process(Document document, StageContext context)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var found = new List<EntityMention>(document.Entities);
        var lookup = lists.WordLookup;
        foreach (var (_, from, to) in EntityFactory.BlockTokens(document))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var titles = lists.Titles.Match(text, tokens, from, to).ToDictionary(t => t.FirstToken);
            for (var i = from; i < to; i++)
            {
                string? title = null;
                var nameStart = i;
                var needsGivenName = false;
                var phrase = lists.TitlePhrases.Match(text, tokens, i, to, lookup);
                if (titles.TryGetValue(i, out var t) && (phrase is null || phrase.Value.TitleLast <= t.LastToken || ScanName(text, tokens, t.LastToken + 1, to) > t.LastToken + 1))
                {
                    title = text[tokens[t.FirstToken].Start..tokens[t.LastToken].End];
                    nameStart = t.LastToken + 1;
                    if (nameStart + 1 < to && tokens[nameStart].Span.SliceSpan(text) is "Dr" && text[tokens[nameStart + 1].Start] == '.')
                    {
                        nameStart += 2;
                    }
                }
                else if (phrase is { } p)
                {
                    title = text[tokens[i].Start..tokens[p.TitleLast].End];
                    nameStart = p.NameStart;
                    needsGivenName = p.NeedsGivenName;
                }
                else if (!lookup.IsGivenName(tokens[i].Span.SliceSpan(text)) || (i > from && IsCapitalizedWord(text, tokens[i - 1]) && !lookup.AgencyHeads.Contains(tokens[i - 1].Span.SliceSpan(text)) && !lists.TitlePhrases.IsHead(tokens[i - 1].Span.SliceSpan(text)) && tokens[i - 1].Span.SliceSpan(text) is not ("Cartel" or "Cartels")))
                {
                    continue;
                }

                if (needsGivenName && (nameStart >= to || !(lookup.IsGivenName(tokens[nameStart].Span.SliceSpan(text)) || HasMiddleInitial(text, tokens, nameStart, to))))
                {
                    continue;
                }

                var nameEnd = ScanName(text, tokens, nameStart, to);
                var words = CountWords(tokens, nameStart, nameEnd);
                if (words == 0 || (title is null && words < 2) || PartOfABody(text, tokens, nameEnd, to) || (words == 1 && lists.TitlePhrases.IsHead(tokens[nameStart].Span.SliceSpan(text))))
                {
                    continue;
                }

                var span = new TextSpan(tokens[nameStart].Start, tokens[nameEnd - 1].End);
                var canonical = KnownCanonical(text, tokens, nameStart, nameEnd) ?? WithoutNickname(span.Slice(text));
                RemovePeopleAt(found, span);
                found.Add(EntityFactory.Make(document, EntityKind.Person, span, canonical, title: title?.TrimEnd('.') is { Length: > 3 } tt ? tt : null, confidence: 0.95));
                i = nameEnd - 1;
            }
        }

        CapitalsSignature.Find(document, lists, found);
        return document with { Entities = found };
    }

    /// <summary>The canonical name of the known person written exactly as tokens [<paramref name="start"/>, <paramref name="end"/>), or null.</summary>
    /// <remarks>Kept out of the token loop: a lambda there would allocate its closure on every token.</remarks>
    private string? KnownCanonical(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        foreach (var (first, last, entry) in lists.Names.Match(text, tokens, start, end))
        {
            if (entry.Type == EntityKind.Person && first == start && last == end - 1)
            {
                return entry.Canonical;
            }
        }

        return null;
    }

    private static string WithoutNickname(string name)
    {
        var open = name.IndexOf('"', StringComparison.Ordinal);
        var close = open < 0 ? -1 : name.IndexOf('"', open + 1);
        return close < 0 ? name : string.Concat(name.AsSpan(0, open).TrimEnd(' '), " ", name.AsSpan(close + 1).TrimStart(' '));
    }

    private static void RemovePeopleAt(List<EntityMention> found, TextSpan span) =>
        found.RemoveAll(e => e.Type == EntityKind.Person && e.Span == span);

    /// <summary>Capitalized words, initials ("J."), particles between capitals, and a final "Jr."/"Sr.".</summary>
    private int ScanName(string text, IReadOnlyList<Token> tokens, int start, int to)
    {
        var i = start;
        var words = 0;
        while (i < to && words < MaxNameWords)
        {
            var word = tokens[i].Span.Slice(text);
            // "Othon Marban, Sr.": a generational suffix after a comma belongs to the name.
            if (words > 0 && i + 2 < to && Suffix(text, tokens, i) is > 0 and var suffix)
            {
                return i + suffix;
            }

            // Juan "El Huevo" Treviño: a quoted nickname inside the name is skipped.
            if (words > 0 && word == "\"" && Nickname(text, tokens, i, to) is > 0 and var quoted)
            {
                i += quoted;
                continue;
            }

            if (Particles(text, tokens, i, to) is > 0 and var particles)
            {
                i += particles;
                continue;
            }

            if (!IsCapitalizedWord(text, tokens[i]) || IsAcronym(word) || lists.AgencyHeads.Contains(word) || lists.PlaceHeads.Contains(word) || Months.Contains(word))
            {
                break;
            }

            var hasPeriod = i + 1 < to && text[tokens[i + 1].Start] == '.' && tokens[i + 1].Start == tokens[i].End;
            if (word is "Jr" or "Sr" && hasPeriod)
            {
                return i + 2;
            }

            i += word.Length == 1 && hasPeriod ? 2 : 1;
            words++;
        }

        return i;
    }

    /// <summary>"Alamdar S. Hamdani": a capitalized word, an initial with its period, and another capitalized word.</summary>
    private static bool HasMiddleInitial(string text, IReadOnlyList<Token> tokens, int i, int to) =>
        i + 3 < to && IsCapitalizedWord(text, tokens[i]) && tokens[i + 1].End - tokens[i + 1].Start == 1 && IsCapitalizedWord(text, tokens[i + 1])
        && tokens[i + 2].Span.SliceSpan(text) is "." && IsCapitalizedWord(text, tokens[i + 3]);

    /// <summary>The tokens of a quoted nickname at <paramref name="i"/> (its opening quote) when a capitalized word follows it, else 0.</summary>
    private static int Nickname(string text, IReadOnlyList<Token> tokens, int i, int to)
    {
        for (var k = i + 1; k < to && k <= i + 5; k++)
        {
            if (tokens[k].Span.SliceSpan(text) is "\"")
            {
                return k > i + 1 && k + 1 < to && IsCapitalizedWord(text, tokens[k + 1]) ? k - i + 1 : 0;
            }
        }

        return 0;
    }

    /// <summary>Name particles at <paramref name="i"/> ("de", "de la", "van der", "del") when a capitalized word follows them, else 0.</summary>
    private static int Particles(string text, IReadOnlyList<Token> tokens, int i, int to)
    {
        var k = i;
        while (k < to && k - i < 3 && tokens[k].Span.SliceSpan(text) is "de" or "del" or "la" or "las" or "los" or "van" or "von" or "der" or "da" or "dos" or "di")
        {
            k++;
        }

        return k > i && k < to && IsCapitalizedWord(text, tokens[k]) ? k - i : 0;
    }

    /// <summary>The length of ", Jr." or ", Sr." at <paramref name="i"/> (the comma), else 0.</summary>
    private static int Suffix(string text, IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Span.SliceSpan(text) is "," && tokens[i + 1].Span.SliceSpan(text) is "Jr" or "Sr" && i + 2 < tokens.Count && tokens[i + 2].Span.SliceSpan(text) is "." ? 3 : 0;

    /// <summary>True when the name is followed by a body's head word ("Diego Field Division", "Kennedy International Airport"): a body or place, not a person.</summary>
    private bool PartOfABody(string text, IReadOnlyList<Token> tokens, int nameEnd, int to)
    {
        for (var k = nameEnd; k < to && k < nameEnd + 3 && IsCapitalizedWord(text, tokens[k]); k++)
        {
            var word = tokens[k].Span.Slice(text);
            if (lists.AgencyHeads.Contains(word) || lists.ProgramHeads.Contains(word) || lists.PlaceHeads.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountWords(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = 0;
        for (var k = start; k < end; k++)
        {
            words += tokens[k].Kind == TokenKind.Word && tokens[k].End - tokens[k].Start > 1 ? 1 : 0;
        }

        return words;
    }

    private static bool IsCapitalizedWord(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    private static bool IsAcronym(string word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c is not ('-' or '.' or '&'))
            {
                return false;
            }
        }

        return true;
    }
}
