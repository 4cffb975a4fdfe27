using HlsdExtract.Language;
using HlsdExtract.Model;
using static HlsdExtract.Extract.Entities.NameShapes;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// The items of a list of names share a type. In three or more runs of capitals joined by commas and a
/// final "and" ("arrested Ana Ruiz, Tomek Varga-Pell, Luis Ortiz and Brisa Quell"), an item of two to four
/// name words is a person when at least two other items are people and none is anything else; an untitled
/// person ("Victoria Norte": a given name was the evidence) is none when two other items are places and no
/// other is a person or a body.
/// </summary>
internal static class CoordinatedNames
{
    private const int MaxItemWords = 4;

    public static void Apply(Document document, WordLists lists, List<EntityMention> found)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        List<(TextSpan Span, EntityKind Type)>? byStart = null;
        var longest = 0;
        foreach (var (_, from, to) in EntityFactory.BlockTokens(document))
        {
            var i = from;
            while (i < to)
            {
                var items = List(text, tokens, ref i, to);
                if (items.Count >= 3)
                {
                    // Entities by start, made once a document and only when it has a list: each item looks up its own.
                    byStart ??= found.Select(e => (e.Span, e.Type)).OrderBy(e => e.Span.Start).ToList();
                    longest = longest > 0 ? longest : byStart.Count == 0 ? 1 : byStart.Max(e => e.Span.Length);
                    Share(document, lists, found, items, span => TypesAt(byStart, longest, span));
                }
            }
        }
    }

    /// <summary>The types of the entities of <paramref name="byStart"/> (sorted by start, none longer than <paramref name="longest"/>) that overlap <paramref name="span"/>.</summary>
    private static List<EntityKind> TypesAt(List<(TextSpan Span, EntityKind Type)> byStart, int longest, TextSpan span)
    {
        var (lo, hi) = (0, byStart.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = byStart[mid].Span.Start < span.Start - longest ? (mid + 1, hi) : (lo, mid);
        }

        var types = new List<EntityKind>();
        for (var k = lo; k < byStart.Count && byStart[k].Span.Start < span.End; k++)
        {
            if (byStart[k].Span.Overlaps(span) && !types.Contains(byStart[k].Type))
            {
                types.Add(byStart[k].Type);
            }
        }

        return types;
    }

    /// <summary>
    /// The list of capitalized runs that starts at or after <paramref name="i"/>, or none when no conjunction joins its last item
    /// or follows it ("Ana Ruiz, Chief Economist, Acme Group" is no list); <paramref name="i"/> moves past it.
    /// </summary>
    private static List<(int Start, int End)> List(string text, IReadOnlyList<Token> tokens, ref int i, int to)
    {
        var items = new List<(int Start, int End)>();
        while (i < to && !IsCapitalizedWord(text, tokens[i]))
        {
            i++;
        }

        while (i < to)
        {
            var end = Run(text, tokens, i, to);
            items.Add((i, end));
            var next = end < to && tokens[end].Span.SliceSpan(text) is "," ? end + 1 : end;
            var joined = next < to && IsConjunction(text, tokens[next]);
            next += joined ? 1 : 0;
            if (next == end || next >= to || !IsCapitalizedWord(text, tokens[next]))
            {
                i = Math.Max(next, end);
                return joined ? items : [];
            }

            if (joined)
            {
                items.Add((next, Run(text, tokens, next, to)));
                i = items[^1].End;
                return items;
            }

            i = next;
        }

        return [];
    }

    private static bool IsConjunction(string text, Token token) => token.Span.SliceSpan(text) is "and" or "or" or "y" or "e" or "o";

    /// <summary>The end of the run of capitalized words (initials and name particles between them included) at <paramref name="i"/>.</summary>
    private static int Run(string text, IReadOnlyList<Token> tokens, int i, int to)
    {
        var k = i;
        while (k < to)
        {
            if (IsCapitalizedWord(text, tokens[k]))
            {
                k += k + 1 < to && tokens[k].End - tokens[k].Start == 1 && tokens[k + 1].Span.SliceSpan(text) is "." ? 2 : 1;
            }
            else if (Particles(text, tokens, k, to) is > 0 and var particles)
            {
                k += particles;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    private static void Share(Document document, WordLists lists, List<EntityMention> found, List<(int Start, int End)> items, Func<TextSpan, List<EntityKind>> typesAt)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var spans = items.Select(t => new TextSpan(tokens[t.Start].Start, tokens[t.End - 1].End)).ToList();
        var types = spans.Select(typesAt).ToList();
        var people = types.Count(t => t.Contains(EntityKind.Person));
        var places = types.Count(t => t.Count > 0 && t.All(k => k == EntityKind.Location));
        var others = types.Count(t => t.Any(k => k != EntityKind.Person && k != EntityKind.Location));
        for (var n = 0; n < items.Count; n++)
        {
            var (start, end) = items[n];
            var words = CountWords(text, tokens, start, end);
            if (types[n].Count == 0 && people >= 2 && places + others == 0 && words is >= 2 and <= MaxItemWords && Enumerable.Range(start, end - start).All(k => !IsCapitalizedWord(text, tokens[k]) || PersonWords.IsNameWord(lists, text, tokens[k])))
            {
                found.Add(EntityFactory.Make(document, EntityKind.Person, spans[n], spans[n].Slice(text), confidence: 0.9));
            }
            else if (types[n].Contains(EntityKind.Person) && people == 1 && others == 0 && places >= 2)
            {
                found.RemoveAll(e => e.Type == EntityKind.Person && e.Title is null && e.Span == spans[n]);
            }
        }
    }
}
