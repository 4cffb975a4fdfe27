using System.Text.RegularExpressions;
using HlsdExtract.Model;

namespace HlsdExtract.Segment;

/// <summary>
/// Splits cleaned text into non-blank lines, recognizing bullet markers (•, ·, -, *, 1., 1)); a line
/// holding only white space or a bare marker counts as blank. Line content is trimmed.
/// </summary>
internal static partial class LineReader
{
    public static List<TextLine> Read(string text)
    {
        var lines = new List<TextLine>();
        var blanks = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start);
            if (line.IsWhiteSpace() || line.Trim() is "•" or "-" or "*" or "·")
            {
                blanks++;
            }
            else
            {
                var marker = MarkerLength(line);
                var from = start + marker + (line.Length - marker - line[marker..].TrimStart().Length);
                var to = start + line.TrimEnd().Length;
                lines.Add(new TextLine(new TextSpan(start, end), new TextSpan(from, to), marker > 0, blanks));
                blanks = 0;
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>Length of the bullet markers opening <paramref name="line"/> (stacked ones like "- • " count together).</summary>
    private static int MarkerLength(ReadOnlySpan<char> line)
    {
        var length = 0;
        while (OneMarker(line[length..]) is var m and > 0)
        {
            length += m;
        }

        return length;
    }

    private static int OneMarker(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("• ") && !line[2..].IsWhiteSpace())
        {
            return 2;
        }

        foreach (var m in Marker().EnumerateMatches(line))
        {
            return m.Length;
        }

        return 0;
    }

    [GeneratedRegex(@"^(?:[-*·]|[0-9]{1,2}[.)])\s+(?=\S)", RegexOptions.None, 1000)]
    private static partial Regex Marker();
}
