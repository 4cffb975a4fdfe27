using HlsdExtract.Model;

namespace HlsdExtract.Extract.Facts;

/// <summary>
/// The operation a whole document reports on: the one operation its title names, else, when the
/// document names exactly one operation, that one from its first mention on (a figure before the
/// operation is introduced is background, not its result).
/// </summary>
internal sealed class DocumentSubject
{
    private readonly string? name;
    private readonly int from;

    private DocumentSubject(string? name, int from)
    {
        this.name = name;
        this.from = from;
    }

    public static DocumentSubject Of(Document doc, IReadOnlyList<EntityMention> sortedEntities)
    {
        var operations = sortedEntities.Where(e => e.Type == "operation").ToList();
        var names = operations.Select(e => e.Canonical).Distinct(StringComparer.Ordinal).ToList();
        var title = doc.Metadata.Title ?? (doc.TitleSpan is { } span ? doc.Slice(span) : null);
        if (title is not null && Named(title, names) is [var headline])
        {
            return new DocumentSubject(headline, 0);
        }

        return names is [var only] ? new DocumentSubject(only, operations[0].Span.Start) : new DocumentSubject(null, 0);
    }

    /// <summary>The operations of <paramref name="names"/> written in <paramref name="text"/> (case-insensitive, whole words).</summary>
    public static List<string> Named(string text, IEnumerable<string> names) =>
        names.Where(n => IndexOfWord(text, n) >= 0).ToList();

    /// <summary>The document's subject operation for a figure at <paramref name="offset"/>, or null.</summary>
    public string? At(int offset) => name is not null && offset >= from ? name : null;

    private static int IndexOfWord(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }
}
