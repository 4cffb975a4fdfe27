using HlsdExtract.Contracts;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// Every word-list entry (agencies, known people, programs, criminal organizations, places),
/// in one longest-match pass over the tokens. A one-word name that is also an ordinary word
/// ("State", "Treasury") is skipped beside "of" ("Secretary of State", "State of Sonora");
/// hyphen compounds of acronyms ("HSI-ATF") give one mention per agency.
/// </summary>
public sealed class GazetteerExtractor(WordLists lists) : IDocumentStage
{
    public string Name => "gazetteer";

    public Document Process(Document document, StageContext context)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var found = new List<EntityMention>(document.Entities);
        var matched = new bool[tokens.Count];
        foreach (var (_, from, to) in EntityFactory.BlockTokens(document))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var (first, last, entry) in lists.Names.Match(text, tokens, from, to))
            {
                if (first == last && IsAmbiguousSingleWord(text, tokens, first, entry, from, to))
                {
                    continue;
                }

                matched.AsSpan(first, last - first + 1).Fill(true);

                var span = new TextSpan(tokens[first].Start, tokens[last].End);
                found.Add(EntityFactory.Make(document, entry.Type, span, entry.Canonical, entry.Acronym, entry.Country));
            }

            for (var k = from; k < to; k++)
            {
                if (!matched[k])
                {
                    AddHyphenCompound(document, tokens[k], found);
                }
            }
        }

        return document with { Entities = found };
    }

    private bool IsAmbiguousSingleWord(string text, IReadOnlyList<Token> tokens, int i, GazetteerEntry entry, int from, int to)
    {
        if (entry.Type == EntityKind.Person)
        {
            return true;
        }

        if (!HasLower(tokens[i].Span.SliceSpan(text)) || entry.Type == EntityKind.Location)
        {
            return false;
        }

        var previous = i > from ? tokens[i - 1].Span.SliceSpan(text) : "";
        var next = i + 1 < to ? tokens[i + 1].Span.SliceSpan(text) : "";
        return previous is "of" or "the" || next is "of";
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private void AddHyphenCompound(Document document, Token token, List<EntityMention> found)
    {
        if (!token.Span.SliceSpan(document.Text).Contains('-'))
        {
            return;
        }

        var word = document.Slice(token.Span);
        var parts = word.Split('-');
        var entries = parts.Select(lists.AgencyByAcronym).ToList();
        if (entries.Any(e => e is null))
        {
            return;
        }

        var offset = token.Start;
        for (var p = 0; p < parts.Length; p++)
        {
            var e = entries[p]!;
            found.Add(EntityFactory.Make(document, EntityKind.Agency, new TextSpan(offset, offset + parts[p].Length), e.Canonical, e.Acronym, e.Country));
            offset += parts[p].Length + 1;
        }
    }
}
