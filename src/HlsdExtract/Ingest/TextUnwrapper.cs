using System.Text;
using System.Text.RegularExpressions;

namespace HlsdExtract.Ingest;

/// <summary>
/// Rejoins hard-wrapped plain text: a line is the wrapped part of its paragraph or bullet when the
/// next line's first word would not have fitted on it within the text's wrap width; a blank line,
/// a new bullet, or a line short enough to take the next word is a real break. Text whose lines do
/// not read as wrapped at one width (pages with one paragraph per line) is returned as it is.
/// </summary>
internal static partial class TextUnwrapper
{
    /// <summary>Wrap widths outside this range are not hard wrapping (menus, one paragraph per line).</summary>
    private const int MinWidth = 40, MaxWidth = 120;

    /// <summary>At least this many lines must read as wrapped, and this share of those that could.</summary>
    private const int MinWrapped = 3;
    private const double MinWrappedShare = 0.5;

    public static string Unwrap(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r', ' ', '\t')).ToArray();
        var width = Width(lines);
        if (width is not { } w)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            sb.Append(i == 0 ? string.Empty : Joins(lines, i - 1, w) ? " " : "\n");
            sb.Append(i > 0 && Joins(lines, i - 1, w) ? lines[i].TrimStart() : lines[i]);
        }

        return sb.ToString();
    }

    /// <summary>The wrap width, or null when the text is not hard-wrapped.</summary>
    internal static int? Width(string[] lines)
    {
        var candidates = Enumerable.Range(0, Math.Max(0, lines.Length - 1)).Where(i => CouldJoin(lines, i)).ToList();
        var lengths = candidates.Select(i => lines[i].Length).Where(l => l <= MaxWidth + 30).Order().ToList();
        if (lengths.Count < MinWrapped)
        {
            return null;
        }

        // The longest line not far above the bulk of them: one long unwrapped line does not set the width.
        var bulk = lengths[(int)(0.8 * (lengths.Count - 1))];
        var width = lengths.Where(l => l <= bulk + 6).Max();
        if (width is < MinWidth or > MaxWidth)
        {
            return null;
        }

        var wrapped = candidates.Count(i => Overflows(lines, i, width));
        return wrapped >= MinWrapped && wrapped >= MinWrappedShare * candidates.Count ? width : null;
    }

    /// <summary>True when line <paramref name="i"/> continues on line i+1.</summary>
    private static bool Joins(string[] lines, int i, int width) => CouldJoin(lines, i) && Overflows(lines, i, width);

    /// <summary>
    /// Both lines hold text and the second opens no bullet. A number opening the second line ("25.
    /// This Act") is an item only where a list can go on: after a finished sentence, a colon, another
    /// numbered line, or as item 1; else it is a wrapped date or count.
    /// </summary>
    private static bool CouldJoin(string[] lines, int i)
    {
        if (lines[i].Trim().Length == 0 || lines[i + 1].Trim().Length == 0 || BulletStart().IsMatch(lines[i + 1]))
        {
            return false;
        }

        if (NumberStart().Match(lines[i + 1]) is not { Success: true } number)
        {
            return true;
        }

        var ends = lines[i].TrimEnd();
        return !(".:;!?)".Contains(ends[^1]) || NumberStart().IsMatch(lines[i]) || number.Groups["n"].Value is "1" or "a" or "i");
    }

    /// <summary>The next line's first word would have crossed the width on this line.</summary>
    private static bool Overflows(string[] lines, int i, int width)
    {
        var next = lines[i + 1].AsSpan().TrimStart();
        var space = next.IndexOf(' ');
        var firstWord = space < 0 ? next.Length : space;
        return lines[i].Length + 1 + firstWord > width;
    }

    [GeneratedRegex(@"^\s*[•·▪●◦‣∙⁃■□►▸◆◇○*-]\s", RegexOptions.None, 1000)]
    private static partial Regex BulletStart();

    [GeneratedRegex(@"^\s*\(?(?<n>[0-9]{1,2}|[a-z]|[ivx]{1,4})[.)]\s", RegexOptions.None, 1000)]
    private static partial Regex NumberStart();
}
