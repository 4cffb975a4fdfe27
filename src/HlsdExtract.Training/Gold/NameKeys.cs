using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HlsdExtract.Ingest;

namespace HlsdExtract.Gold;

/// <summary>
/// The scoring conventions for names. <see cref="Key"/>: case-insensitive, ignoring "the", "U.S." and
/// punctuation (exact matching, for training labels and the seed's tests). <see cref="ScorerKey"/> and
/// <see cref="Close"/>: the reference scorer's (tools/score.py) looser matching, which the evaluation uses
/// so its tables agree with the issue's numbers.
/// </summary>
public static partial class NameKeys
{
    /// <summary>The letters of Latin-1 and Latin Extended-A that NFKD decomposes to one ASCII letter and marks, and those letters.</summary>
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ";

    private const string Unaccented = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    public static string Key(string name)
    {
        var s = TextNormalizer.Normalize(name).ToLowerInvariant().Replace("u.s.", " ", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "the"));
    }

    /// <summary>score.py's norm: accents and case folded, "the/us/of/and/&amp;" dropped, punctuation to spaces.</summary>
    public static string ScorerKey(string name)
    {
        // The build runs in invariant globalization mode, where Normalize decomposes nothing: the Latin letters
        // with diacritics are folded by table (what NFKD and dropping the marks make of them), marks already apart dropped.
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0)
            {
                sb.Append(Unaccented[at]);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        var s = StopWords().Replace(sb.ToString().Replace('\u2019', '\'').ToLowerInvariant(), " ");
        s = NonAlphanumeric().Replace(s, " ");
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// score.py's close: the same key, or one name's words inside the other's with at most two words more
    /// ("Human Smuggling Unit" ~ "HSI Human Smuggling Unit"); one-word names must be equal.
    /// </summary>
    public static bool Close(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        var ta = a.Split(' ');
        var tb = b.Split(' ');
        var (small, big) = ta.Length <= tb.Length ? (ta, tb) : (tb, ta);
        return small.Length >= 2 && big.Length - small.Length <= 2 && small.All(big.Contains);
    }

    /// <summary>The keys a gold name answers to under the scorer: the name, its acronym, the parts in and out of brackets.</summary>
    public static IEnumerable<string> ScorerKeys(string name, string? acronym)
    {
        yield return ScorerKey(name);
        if (acronym is not null)
        {
            yield return ScorerKey(acronym);
        }

        foreach (Match m in Bracketed().Matches(name))
        {
            yield return ScorerKey(m.Groups[1].Value);
        }

        yield return ScorerKey(Bracketed().Replace(name, ""));
    }

    [GeneratedRegex(@"\b(the|u\.s\.|us|united states|of|and|&)\b", RegexOptions.None, 1000)]
    private static partial Regex StopWords();

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.None, 1000)]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex(@"\s*\(([^)]*)\)", RegexOptions.None, 1000)]
    private static partial Regex Bracketed();
}
