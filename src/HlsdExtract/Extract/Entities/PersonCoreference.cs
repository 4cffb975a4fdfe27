using HlsdExtract.Contracts;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// One person across mentions: a later mention by surname ("Milgram", "Secretary Nielsen", "Foreign
/// Secretary de la Fuente") takes the canonical name of the one full name in the document that ends
/// with it, keeping its own title, and a bare surname that a full name of the document ends with is
/// a mention of that person too. A surname two full names share is left alone.
/// </summary>
public sealed class PersonCoreference : IDocumentStage
{
    public string Name => "people-coreference";

    public Document Process(Document document, StageContext context)
    {
        // Full names as the document writes them win over a word list's canonical form of an alias ("Liz Sherwood-Randall" over "Elizabeth").
        var people = document.Entities.Where(e => e.Type == EntityKind.Person).ToList();
        var written = people.Where(e => IsFullName(e.Text)).Select(e => e.Canonical).Distinct(StringComparer.Ordinal).ToList();
        var full = written.Count > 0 ? written : people.Select(e => e.Canonical).Where(IsFullName).Distinct(StringComparer.Ordinal).ToList();
        if (full.Count == 0)
        {
            return document;
        }

        var bySurname = Surnames(full);
        var found = new List<EntityMention>(document.Entities.Count);
        foreach (var e in document.Entities)
        {
            found.Add(e.Type == EntityKind.Person && !IsFullName(e.Text) && (bySurname.GetValueOrDefault(e.Text) ?? bySurname.GetValueOrDefault(e.Canonical)) is { } name
                ? e with { Canonical = name }
                : e);
        }

        var taken = new SpanSet(document.Entities.Select(e => e.Span));
        var tokens = document.Tokens;
        var bySpan = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // A span per token, not a string: the lookup runs on every token of the document.
            var word = tokens[i].Span.SliceSpan(document.Text);
            if (word.Length > 2 && char.IsUpper(word[0]) && bySpan.TryGetValue(word, out var name) && name is not null && !taken.Overlaps(tokens[i].Span)
                && !(i + 1 < tokens.Count && char.IsUpper(document.Text[tokens[i + 1].Start]) && tokens[i + 1].Kind == TokenKind.Word)
                && !(i > 0 && char.IsUpper(document.Text[tokens[i - 1].Start]) && tokens[i - 1].Kind == TokenKind.Word))
            {
                found.Add(EntityFactory.Make(document, EntityKind.Person, tokens[i].Span, name, confidence: 0.9));
            }
        }

        return document with { Entities = found };
    }

    /// <summary>Two capitalized words or more ("Anne Milgram"; not "Milgram" or "de la Fuente").</summary>
    private static bool IsFullName(string name) => name.Split(' ').Count(w => w.Length > 0 && char.IsUpper(w[0])) >= 2;

    /// <summary>Each one-word surname and each tail of two or more words ("López Obrador", "de la Fuente") of the full names; null where two names share it.</summary>
    internal static Dictionary<string, string?> Surnames(IEnumerable<string> fullNames)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in fullNames)
        {
            var words = name.Replace(", Jr.", "", StringComparison.Ordinal).Replace(", Sr.", "", StringComparison.Ordinal).Replace(" Jr.", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var k = 1; k < words.Length; k++)
            {
                if (words[k].Length < 2 || words[k].EndsWith('.') || !char.IsUpper(words[k][0]) && k == words.Length - 1)
                {
                    continue;
                }

                var tail = string.Join(' ', words[k..]);
                map[tail] = map.TryGetValue(tail, out var other) && other != name ? null : name;
            }
        }

        return map;
    }
}
