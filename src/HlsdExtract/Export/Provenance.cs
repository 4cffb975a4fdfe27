using HlsdExtract.Model;

namespace HlsdExtract.Export;

/// <summary>The sentence a mention came from, so every figure links back to its source text.</summary>
public static class Provenance
{
    public static string? SentenceText(Document doc, TextSpan span)
    {
        var sentence = doc.Sentences.FirstOrDefault(s => s.Span.Start <= span.Start && span.Start < s.Span.End);
        return sentence is null ? null : doc.Slice(sentence.Span);
    }
}
