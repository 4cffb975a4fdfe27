using HlsdExtract.Contracts;
using HlsdExtract.Model;

namespace HlsdExtract.Segment;

/// <summary>
/// Splits each block into sentences at '.', '!' or '?' (with any closing quotes or brackets)
/// followed by a space and a capital, digit or quote, unless the period ends a known
/// abbreviation (U.S., Dr., Jr., No., FY, Inc.) or a single-letter initial.
/// </summary>
public sealed class SentenceSplitter : IDocumentStage
{
    public string Name => "sentences";

    public Document Process(Document document, StageContext context)
    {
        var sentences = new List<Sentence>();
        foreach (var block in document.Blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var span in Split(document.Text, block.Span))
            {
                sentences.Add(new Sentence(span, block.Id));
            }
        }

        return document with { Sentences = sentences };
    }

    public static IEnumerable<TextSpan> Split(string text, TextSpan block)
    {
        var start = block.Start;
        for (var i = block.Start; i < block.End; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < block.End && text[end] is '"' or '\'' or ')' or ']')
            {
                end++;
            }

            if (end >= block.End || text[end] != ' ' || !StartsSentence(text, end + 1, block.End))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, start, i))
            {
                continue;
            }

            yield return new TextSpan(start, end);
            start = end;
            while (start < block.End && text[start] == ' ')
            {
                start++;
            }

            i = start - 1;
        }

        if (start < block.End)
        {
            yield return new TextSpan(start, block.End);
        }
    }

    private static bool StartsSentence(string text, int at, int end)
    {
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        return at < end && (char.IsUpper(text[at]) || char.IsAsciiDigit(text[at]) || text[at] is '"' or '\'' or '(' or '$');
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.Contains(word);
    }
}
