using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// People in a title or heading line, where capitals run on ("President Biden Signs the Bill"): a name
/// there is cut to the longest part the body names as a person (a full name or a surname of the body's
/// people), else kept only when titled, short and closed, i.e. a lowercase word, a possessive, punctuation
/// or the line's end after it: a surname ("FBI Director Quill's Statement") or a given name and a surname
/// ("Attorney General Eric Holder on ...", an attribution line "President Joe Biden").
/// </summary>
internal sealed class PersonHeadings
{
    private readonly string text;
    private readonly IReadOnlyList<Token> tokens;
    private readonly WordLists lists;
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    public PersonHeadings(Document document, IEnumerable<EntityMention> found, WordLists lists)
    {
        (text, tokens, this.lists) = (document.Text, document.Tokens, lists);
        foreach (var person in found.Where(e => e.Type == EntityKind.Person))
        {
            names.Add(person.Text);
            names.Add(person.Canonical);
            names.Add(person.Text[(person.Text.LastIndexOf(' ') + 1)..]);
        }
    }

    /// <summary>Where the name of tokens [<paramref name="start"/>, <paramref name="end"/>) in a heading ending at <paramref name="to"/> ends, or -1 when it is none.</summary>
    public int Accept(int start, int end, int to, int words, bool titled)
    {
        for (var e = end; e > start; e--)
        {
            if (names.Contains(text[tokens[start].Start..tokens[e - 1].End]))
            {
                return e;
            }
        }

        var closed = end >= to || !NameShapes.IsCapitalizedWord(text, tokens[end]);
        var givenFirst = lists.WordLookup.IsGivenName(tokens[start].Span.SliceSpan(text));
        return titled && closed && (words == 1 || (words == 2 && givenFirst)) ? end : -1;
    }
}
