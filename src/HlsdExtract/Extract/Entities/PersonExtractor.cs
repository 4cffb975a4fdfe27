using System.Collections.Frozen;
using HlsdExtract.Contracts;
using HlsdExtract.Language;
using HlsdExtract.Model;
using static HlsdExtract.Extract.Entities.NameShapes;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// People: a title from <c>Data/titles.txt</c> (longest match) followed by a name ("Secretary of
/// State Antony Blinken", "Homeland Security Advisor Dr. Elizabeth Sherwood-Randall", "President
/// López Obrador"), a common given name followed by capitalized words ("Ofelia Hernandez-Salas",
/// "Osiel Cardenas-Salinas Jr."), or capitalized words a name's own marks vouch for: a generational
/// suffix ("Othon Marban, Sr."), a quoted nickname inside (Aldrin Miguel "El Chaparrito" Jarquín) or
/// a quoted initial after a given name ('Jorge "P"'). The title and headings are read too, more
/// strictly (<see cref="PersonHeadings"/>); lists then share their items' type (<see cref="CoordinatedNames"/>).
/// Known officials resolve to their full name.
/// </summary>
public sealed class PersonExtractor(WordLists lists) : IDocumentStage
{
    private const int MaxNameWords = 4;

    private static readonly FrozenSet<string> Months = LanguageData.English.Months.Names.ToFrozenSet(StringComparer.Ordinal);

    public string Name => "people";

    public Document Process(Document document, StageContext context)
    {
        var found = new List<EntityMention>(document.Entities);
        var places = new SpanSet(found.Where(e => e.Type == EntityKind.Location).Select(e => e.Span));
        foreach (var (_, from, to) in EntityFactory.BlockTokens(document))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            Scan(document, from, to, found, places, null);
        }

        if (HeadingTokens.Of(document) is { Count: > 0 } headings)
        {
            var body = new PersonHeadings(document, found, lists);
            foreach (var (from, to) in headings)
            {
                Scan(document, from, to, found, places, body);
            }
        }

        CapitalsSignature.Find(document, lists, found);
        CoordinatedNames.Apply(document, lists, found);
        return document with { Entities = found };
    }

    /// <summary>The people of tokens [<paramref name="from"/>, <paramref name="to"/>); <paramref name="heading"/> is set for a title or heading line.</summary>
    private void Scan(Document document, int from, int to, List<EntityMention> found, SpanSet places, PersonHeadings? heading)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var lookup = lists.WordLookup;
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
            }
            else if (phrase is { } p)
            {
                title = text[tokens[i].Start..tokens[p.TitleLast].End];
                nameStart = p.NameStart;
                needsGivenName = p.NeedsGivenName;
            }
            else if (!StartsByGivenName(text, tokens, from, i) && !StartsByShape(text, tokens, from, i, to, places))
            {
                continue;
            }

            if (nameStart + 1 < to && tokens[nameStart].Span.SliceSpan(text) is "Dr" && text[tokens[nameStart + 1].Start] == '.')
            {
                nameStart += 2;
            }

            if (needsGivenName && (nameStart >= to || !(lookup.IsGivenName(tokens[nameStart].Span.SliceSpan(text)) || HasMiddleInitial(text, tokens, nameStart, to))))
            {
                continue;
            }

            var nameEnd = ScanName(text, tokens, nameStart, to);
            var words = CountWords(text, tokens, nameStart, nameEnd) + (nameEnd > nameStart && text[tokens[nameEnd - 1].Start] == '"' ? 1 : 0);
            if (words == 0 || (title is null && words < 2) || PartOfABody(text, tokens, nameEnd, to) || (words == 1 && lists.TitlePhrases.IsHead(tokens[nameStart].Span.SliceSpan(text)))
                || (words == 1 && (CutByTheEnd(text, tokens, nameEnd) || (title is not null && tokens[nameStart - 1].Span.SliceSpan(text) is ","))))
            {
                continue;
            }

            // "Majority Leader, New York Senator Chuck Schumer": a title inside the run; the name is read from that title on.
            if (HasRoleWord(text, tokens, nameStart, nameEnd))
            {
                continue;
            }

            if (heading is not null && (nameEnd = heading.Accept(nameStart, nameEnd, to, words, title is not null)) <= nameStart)
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

    /// <summary>A given name that opens a run of capitals (or follows a head word: "Cartel Osiel ...", "Secretaría Ana ...").</summary>
    private bool StartsByGivenName(string text, IReadOnlyList<Token> tokens, int from, int i) =>
        lists.WordLookup.IsGivenName(tokens[i].Span.SliceSpan(text))
        && !(i > from && IsCapitalizedWord(text, tokens[i - 1]) && !lists.WordLookup.AgencyHeads.Contains(tokens[i - 1].Span.SliceSpan(text))
             && !lists.TitlePhrases.IsHead(tokens[i - 1].Span.SliceSpan(text)) && tokens[i - 1].Span.SliceSpan(text) is not ("Cartel" or "Cartels"));

    /// <summary>
    /// Capitals whose own marks make them a name, given name known or not: a run that ends with a generational
    /// suffix ("Othon Marban, Sr."), or one or two words before a quoted nickname that more capitals follow.
    /// </summary>
    private bool StartsByShape(string text, IReadOnlyList<Token> tokens, int from, int i, int to, SpanSet places)
    {
        // Cheap tests first: a quote one or two tokens on, or a suffix within a name's length; most tokens have neither.
        var quoteAt = i + 1 < to && tokens[i + 1].Span.SliceSpan(text) is "\"" ? i + 1 : i + 2 < to && tokens[i + 2].Span.SliceSpan(text) is "\"" ? i + 2 : -1;
        var suffixAhead = false;
        for (var k = i + 1; k < to && k <= i + MaxNameWords + 1 && !suffixAhead; k++)
        {
            suffixAhead = tokens[k].Span.SliceSpan(text) is "Jr" or "Sr";
        }

        if ((quoteAt < 0 && !suffixAhead) || !PersonWords.IsNameWord(lists, text, tokens[i]))
        {
            return false;
        }

        var runStart = i == from || !IsCapitalizedWord(text, tokens[i - 1]);
        var shaped = quoteAt > 0 && (quoteAt == i + 1 || PersonWords.IsNameWord(lists, text, tokens[i + 1])) && (runStart || quoteAt == i + 2) && Nickname(text, tokens, quoteAt, to) > 0;
        if (!shaped && suffixAhead && runStart)
        {
            var end = ScanName(text, tokens, i, to);
            shaped = EndsWithSuffix(text, tokens, i, end) && CountWords(text, tokens, i, end) >= 3;
        }

        return shaped && !places.Overlaps(tokens[i].Span);
    }

    private bool HasRoleWord(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && PersonWords.IsRoleWord(lists, text[tokens[k].Start..tokens[k].End]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name's last token is the text's last and no full stop follows: the page was cut there ("... la canciller Alic").</summary>
    private static bool CutByTheEnd(string text, IReadOnlyList<Token> tokens, int nameEnd) =>
        nameEnd == tokens.Count && text.AsSpan(tokens[^1].End).IsWhiteSpace();

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

    /// <summary>The name less a quoted nickname inside it (a quoted initial that ends it stays: 'Jorge "P"').</summary>
    private static string WithoutNickname(string name)
    {
        var open = name.IndexOf('"', StringComparison.Ordinal);
        var close = open < 0 ? -1 : name.IndexOf('"', open + 1);
        return close < 0 || close == name.Length - 1 ? name : string.Concat(name.AsSpan(0, open).TrimEnd(' '), " ", name.AsSpan(close + 1).TrimStart(' '));
    }

    private static void RemovePeopleAt(List<EntityMention> found, TextSpan span) =>
        found.RemoveAll(e => e.Type == EntityKind.Person && e.Span == span);

    /// <summary>Capitalized words, initials ("J."), particles between capitals, a quoted nickname, and a final "Jr."/"Sr." or quoted initial.</summary>
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

            // Jorge "P": a quoted initial ends the name.
            if (words > 0 && word == "\"" && QuotedInitial(text, tokens, i, to) is > 0 and var initial)
            {
                return i + initial;
            }

            if (Particles(text, tokens, i, to) is > 0 and var particles)
            {
                i += particles;
                continue;
            }

            if (!IsCapitalizedWord(text, tokens[i]) || IsAcronym(word) || lists.AgencyHeads.Contains(word) || lists.ProgramHeads.Contains(word) || lists.PlaceHeads.Contains(word) || Months.Contains(word))
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

    /// <summary>True when the name is followed by a body's head word ("Diego Field Division", "Kennedy International Airport"): a body or place, not a person.</summary>
    private bool PartOfABody(string text, IReadOnlyList<Token> tokens, int nameEnd, int to)
    {
        // "Dobbs v. Jackson Women's Health Organization": a possessive inside a body's name.
        var from = nameEnd < to && tokens[nameEnd].Span.SliceSpan(text) is "'s" ? nameEnd + 1 : nameEnd;
        for (var k = from; k < to && k < from + 3 && IsCapitalizedWord(text, tokens[k]); k++)
        {
            var word = tokens[k].Span.Slice(text);
            if (lists.AgencyHeads.Contains(word) || lists.ProgramHeads.Contains(word) || lists.PlaceHeads.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
