using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Quantities;

/// <summary>
/// Sentence edges inside one block's text as the figure rules need them (an inherited item stays in its sentence; a
/// capitalized number word counts only at a sentence's start). Read from the text, not the document's sentence spans:
/// the scanner works on a block or the title alone.
/// </summary>
internal static partial class FigureSentences
{
    public static bool SameSentence(string text, int from, int to) => !SentenceBreak().IsMatch(text.AsSpan(from, Math.Max(0, to - from)));

    /// <summary>At the start of the text, after a sentence's end, or after a dateline's dash or a colon ("LAREDO, Texas – Four ...").</summary>
    public static bool SentenceStart(string text, int at) =>
        at == 0 || SentenceBreak().IsMatch(text.AsSpan(Math.Max(0, at - 3), Math.Min(3, at))) || DatelineBreak().IsMatch(text.AsSpan(Math.Max(0, at - 3), Math.Min(3, at)));

    [GeneratedRegex(@"(?:[\u2013\u2014:]|\s-) ?$", RegexOptions.None)]
    private static partial Regex DatelineBreak();

    [GeneratedRegex(@"[.!?]""?\s+\S|[.!?]""?\s*$", RegexOptions.None)]
    private static partial Regex SentenceBreak();
}
