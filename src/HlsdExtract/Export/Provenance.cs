using HlsdExtract.Model;

namespace HlsdExtract.Export;

/// <summary>
/// The sentence a mention came from, so every figure links back to its source text. A sentence
/// longer than <see cref="MaxContextChars"/> is cut to a window around the mention (at word
/// boundaries, "…" marking each cut): one sentence listing thousands of figures would otherwise be
/// copied whole into every figure's JSON, cached rows and CSV row.
/// </summary>
public static class Provenance
{
    public const int MaxContextChars = 2000;

    public static string? SentenceText(Document doc, TextSpan span)
    {
        var sentence = doc.SentenceAt(span.Start);
        if (sentence is null)
        {
            return null;
        }

        var (start, end) = (sentence.Span.Start, sentence.Span.End);
        if (end - start <= MaxContextChars)
        {
            return doc.Slice(sentence.Span);
        }

        var room = Math.Max(0, MaxContextChars - (span.End - span.Start)) / 2;
        var from = Math.Max(start, span.Start - room);
        var to = Math.Min(end, Math.Max(span.End, from + MaxContextChars));
        from = Math.Min(span.Start, Math.Max(start, to - MaxContextChars));
        var text = doc.Text;
        while (from > start && from < span.Start && !char.IsWhiteSpace(text[from - 1]))
        {
            from++;
        }

        while (to < end && to > span.End && !char.IsWhiteSpace(text[to]))
        {
            to--;
        }

        var window = text[from..to].Trim();
        return (from > start ? "…" : "") + window + (to < end ? "…" : "");
    }
}
