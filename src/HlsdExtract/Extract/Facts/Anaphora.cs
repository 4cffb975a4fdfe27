using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Facts;

/// <summary>
/// Whether a sentence continues the story of an earlier one rather than opening its own: its
/// subject is a pronoun or a definite phrase for an effort ("It", "This resulted in", "These
/// seizures", "As a result of these combined efforts", "Over the course of the operation").
/// </summary>
internal static partial class Anaphora
{
    public static bool RefersBack(string sentence) => Subject().IsMatch(sentence) || DefiniteEffort().IsMatch(sentence);

    [GeneratedRegex(@"^(?:[^,]{0,60}, )?(?:It|They|This|These|Those|Together|In total|Overall)\b", RegexOptions.None, 1000)]
    private static partial Regex Subject();

    [GeneratedRegex(@"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose)(?: [a-z]+)? (?:operations?|initiatives?|efforts?|surges?|campaigns?|crackdowns?|sweeps?)\b", RegexOptions.None, 1000)]
    private static partial Regex DefiniteEffort();
}
