using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Facts;

/// <summary>
/// Whether a sentence continues the story of an earlier one rather than opening its own: its
/// subject is a pronoun or a definite phrase for an effort ("It", "This resulted in", "These
/// seizures", "As a result of these combined efforts", "Over the course of the operation").
/// Its expressions are anchored or read one word at a time, so they carry no match timeout.
/// </summary>
internal static partial class Anaphora
{
    public static bool RefersBack(string sentence) => Subject().IsMatch(sentence) || DefiniteEffort().IsMatch(sentence);

    /// <summary>Whether the sentences share a lower-case content word (five letters or more, compared on its first six: "identifies" ~ "identified").</summary>
    public static bool SharesContentWord(string sentence, string lead)
    {
        var leadStems = ContentWord().Matches(lead).Select(m => Stem(m.Value)).ToHashSet(StringComparer.Ordinal);
        return ContentWord().Matches(sentence).Any(m => leadStems.Contains(Stem(m.Value)));
    }

    private static string Stem(string word) => word.Length > 6 ? word[..6] : word;

    [GeneratedRegex(@"(?<![\w-])(?!(?:which|their|there|these|those|other|about|after|under|through|while|where|within|including|against)\b)[a-z]{5,}(?![\w-])", RegexOptions.None)]
    private static partial Regex ContentWord();

    [GeneratedRegex(@"^(?:[^,]{0,60}, )?(?:It|They|This|These|Those|Together|In total|Overall)\b", RegexOptions.None)]
    private static partial Regex Subject();

    [GeneratedRegex(@"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose)(?: [a-z]+)? (?:operations?|initiatives?|efforts?|surges?|campaigns?|crackdowns?|sweeps?)\b", RegexOptions.None)]
    private static partial Regex DefiniteEffort();
}
