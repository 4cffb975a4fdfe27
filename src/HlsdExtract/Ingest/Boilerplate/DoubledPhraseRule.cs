namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// Ad and tag links scraped with their title attribute: one phrase written twice
/// ("seo servicesseo services", "cheap flights cheap flights").
/// </summary>
internal sealed class DoubledPhraseRule : IBoilerplateRule
{
    public void Apply(BoilerplateScan scan)
    {
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            if (IsDoubled(scan.Lines[i]))
            {
                scan.Remove(i, "doubled-link-text");
            }
        }
    }

    public static bool IsDoubled(string line)
    {
        if (line.Length < 6 || line.Length > 200)
        {
            return false;
        }

        // Link text ends without a full stop; a sentence said twice ("It's at stake. It's at stake.") is speech.
        var span = line.AsSpan();
        if (span[^1] is '.' or '!' or '?')
        {
            return false;
        }

        var half = span.Length / 2;
        if (span.Length % 2 == 0 && span[..half].SequenceEqual(span[half..]))
        {
            return span[..half].ContainsAnyInRange('a', 'z') || span[..half].ContainsAnyInRange('A', 'Z');
        }

        // "x x": odd length, a space in the middle.
        return span.Length % 2 == 1 && span[half] == ' ' && span[..half].SequenceEqual(span[(half + 1)..])
            && (span[..half].ContainsAnyInRange('a', 'z') || span[..half].ContainsAnyInRange('A', 'Z'));
    }
}
