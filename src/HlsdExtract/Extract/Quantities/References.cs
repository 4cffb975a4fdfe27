using System.Collections.Frozen;
using HlsdExtract.Language;

namespace HlsdExtract.Extract.Quantities;

/// <summary>
/// Numbers that identify rather than count (<c>Data/en/reference-words.tsv</c>): one written just
/// after a reference word ("section 3551", "Title 18", "§ 922"), and both numbers of a code citation
/// ("21 U.S.C. 841", "12 CFR Part 1026").
/// </summary>
internal static class References
{
    private const int Window = 24;

    private static readonly FrozenSet<string> Before = Words("before");
    private static readonly string[] Codes = [.. Rows().Where(r => r[1] == "code").Select(r => r[0])];

    /// <summary>True when the number written at [<paramref name="start"/>, <paramref name="end"/>) is an identifier.</summary>
    public static bool IsReference(string text, int start, int end)
    {
        // The words next to the number are all that count: a bounded window keeps a huge unbroken line linear.
        var from = Math.Max(0, start - Window);
        var before = text.AsSpan(from, start - from).TrimEnd();
        var after = text.AsSpan(end, Math.Min(Window, text.Length - end)).TrimStart();
        if (before.EndsWith(')') && before.LastIndexOf('(') is var open and >= 0)
        {
            // "Executive Order (EO) 14059": the word before the bracketed acronym.
            before = before[..open].TrimEnd();
        }

        var wordStart = before.LastIndexOfAny(' ', '\n', '(') + 1;
        if (wordStart < before.Length && Before.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before[wordStart..]))
        {
            return true;
        }

        foreach (var code in Codes)
        {
            if (EndsWithWord(before, code) || StartsWithWord(after, code))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetterOrDigit(text[^(word.Length + 1)]));

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));

    private static FrozenSet<string> Words(string kind) =>
        Rows().Where(r => r[1] == kind).Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string[]> Rows() => LanguageData.All.SelectMany(l => l.Table("reference-words.tsv")).Where(r => r.Length > 1);
}
