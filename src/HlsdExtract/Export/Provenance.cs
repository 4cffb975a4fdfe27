using HlsdExtract.Model;

namespace HlsdExtract.Export;

/// <summary>The sentence a mention came from, so every figure links back to its source text.</summary>
public static class Provenance
{
    public static string? SentenceText(Document doc, TextSpan span)
    {
        var sentence = doc.SentenceAt(span.Start);
        return sentence is null ? null : doc.Slice(sentence.Span);
    }
}
