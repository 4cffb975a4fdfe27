using HlsdExtract.Ingest.Boilerplate;
using HlsdExtract.Model;

namespace HlsdExtract.Ingest;

/// <summary>
/// The title line: the breadcrumb's last element where it appears as a line, else the first
/// line when it reads like a headline (short, no final period, not a bullet).
/// </summary>
internal static class TitleFinder
{
    public static TextSpan? Find(StrippedText stripped)
    {
        var text = stripped.Text;
        if (stripped.TitleHint is { Length: > 0 } hint)
        {
            var at = IndexOfLine(text, hint);
            if (at >= 0)
            {
                return new TextSpan(at, at + hint.Length);
            }
        }

        var end = text.IndexOf('\n');
        var first = end < 0 ? text : text[..end];
        return LooksLikeTitle(first) ? new TextSpan(0, first.Length) : null;
    }

    internal static bool LooksLikeTitle(string line)
    {
        if (line.Length is < 8 or > 200 || line.StartsWith("• ", StringComparison.Ordinal))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 2 and <= 30 && !line.EndsWith('.') && char.IsUpper(line[0]);
    }

    private static int IndexOfLine(string text, string line)
    {
        var from = 0;
        while (from <= text.Length)
        {
            var at = text.IndexOf(line, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var startsLine = at == 0 || text[at - 1] == '\n';
            var endsLine = at + line.Length == text.Length || text[at + line.Length] == '\n';
            if (startsLine && endsLine)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }
}
