using System.Text.RegularExpressions;
using HlsdExtract.Model;

namespace HlsdExtract.Segment;

/// <summary>Splits cleaned text into non-blank lines, recognizing bullet markers (•, ·, -, *, 1., 1)).</summary>
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

            if (end == start)
            {
                blanks++;
            }
            else
            {
                var marker = MarkerLength(text.AsSpan(start, end - start));
                lines.Add(new TextLine(new TextSpan(start, end), new TextSpan(start + marker, end), marker > 0, blanks));
                blanks = 0;
            }

            start = end + 1;
        }

        return lines;
    }

    private static int MarkerLength(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("• ") && line.Length > 2)
        {
            return 2;
        }

        foreach (var m in Marker().EnumerateMatches(line))
        {
            return m.Length;
        }

        return 0;
    }

    [GeneratedRegex(@"^(?:[-*·]|\d{1,2}[.)])\s+(?=\S)", RegexOptions.None, 100)]
    private static partial Regex Marker();
}
