using HlsdExtract.Model;
using HlsdExtract.Pipeline;

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
                if (titles.TryGetValue(i, out var t))
                {
                    title = text[tokens[t.FirstToken].Start..tokens[t.LastToken].End];
                    nameStart = t.LastToken + 1;
                    if (nameStart + 1 < to && tokens[nameStart].Span.SliceSpan(text) is "Dr" && text[tokens[nameStart + 1].Start] == '.')
                    {
                        nameStart += 2;
                    }
                }
                else if (!lookup.IsGivenName(tokens[i].Span.SliceSpan(text)) || (i > from && IsCapitalizedWord(text, tokens[i - 1]) && !lookup.AgencyHeads.Contains(tokens[i - 1].Span.SliceSpan(text)) && tokens[i - 1].Span.SliceSpan(text) is not ("Cartel" or "Cartels")))
                {
                    continue;
                }

                var nameEnd = ScanName(text, tokens, nameStart, to);
                var words = CountWords(text, tokens, nameStart, nameEnd);
                if (words == 0 || (title is null && words < 2))
                {
                    continue;
                }

                var span = new TextSpan(tokens[nameStart].Start, tokens[nameEnd - 1].End);
                var canonical = KnownCanonical(text, tokens, nameStart, nameEnd) ?? span.Slice(text);
                RemovePeopleAt(found, span);
                found.Add(EntityFactory.Make(document, "person", span, canonical, title: title?.TrimEnd('.') is { Length: > 3 } tt ? tt : null, confidence: 0.95));
                i = nameEnd - 1;
            }
        }

        return document with { Entities = found };
    }

    /// <summary>The canonical name of the known person written exactly as tokens [<paramref name="start"/>, <paramref name="end"/>), or null.</summary>
    /// <remarks>Kept out of the token loop: a lambda there would allocate its closure on every token.</remarks>
    private string? KnownCanonical(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        foreach (var (first, last, entry) in lists.Names.Match(text, tokens, start, end))
        {
            if (entry.Type == "person" && first == start && last == end - 1)
            {
                return entry.Canonical;
            }
        }

        return null;
    }

    private static void RemovePeopleAt(List<EntityMention> found, TextSpan span) =>
        found.RemoveAll(e => e.Type == "person" && e.Span == span);

    /// <summary>Capitalized words, initials ("J."), particles between capitals, and a final "Jr."/"Sr.".</summary>
    private int ScanName(string text, IReadOnlyList<Token> tokens, int start, int to)
    {
        var i = start;
        var words = 0;
        while (i < to && words < MaxNameWords)
        {
            var word = tokens[i].Span.Slice(text);
            if (word is "de" or "del" or "la" && i + 1 < to && IsCapitalizedWord(text, tokens[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsCapitalizedWord(text, tokens[i]) || IsAcronym(word) || lists.AgencyHeads.Contains(word))
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

    private static int CountWords(string text, IReadOnlyList<Token> tokens, int start, int end) =>
        Enumerable.Range(start, Math.Max(0, end - start)).Count(k => tokens[k].Kind == TokenKind.Word && tokens[k].Span.Slice(text).Length > 1);

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
