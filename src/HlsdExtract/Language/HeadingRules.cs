using HlsdExtract.Language.Dates;

namespace HlsdExtract.Language;

/// <summary>What a section heading looks like: a short line, capitalized, no final punctuation (a colon only after a few title-case words).</summary>
internal static class HeadingRules
{
    public const int MaxLength = 100;
    public const int MaxWords = 12;
    private const int MaxTitleCaseWords = 6;

    public static bool LooksLikeHeading(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is < 3 or > MaxLength || !char.IsUpper(line[0]))
        {
            return false;
        }

        if (".!?,;:\"'".Contains(line[^1]) && !(line[^1] == ':' && IsTitleCase(line[..^1])))
        {
            return false;
        }

        var words = 1;
        foreach (var c in line)
        {
            words += c == ' ' ? 1 : 0;
        }

        // A dateline ("September 27, 2021") is content, not a heading.
        var text = line.ToString();
        return words <= MaxWords && !FullDates.Find(text).Any(d => d.End - d.Start >= text.Length - 1);
    }

    /// <summary>A few words, each long one capitalized ("Targeted Financial Measures"): a heading may end in a colon, a lead-in sentence may not.</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        var words = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxTitleCaseWords && words.All(w => w.Length < 4 || char.IsUpper(w[0]));
    }
}
