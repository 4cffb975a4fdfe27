using HlsdExtract.Model;

namespace HlsdExtract.Ingest;

/// <summary>Finds the lines a reader declared as headings in the final text (chrome removal may have dropped lines in between).</summary>
internal static class HeadingLines
{
    /// <summary>The span of each declared heading's line, matched in order after the title; headings no longer in the text are skipped.</summary>
    public static IReadOnlyList<TextSpan> Locate(string text, IReadOnlyList<string> headings, TextSpan? title)
    {
        var spans = new List<TextSpan>();
        var from = title?.End ?? 0;
        foreach (var heading in headings)
        {
            var at = IndexOfLine(text, heading, from);
            if (at < 0)
            {
                continue;
            }

            spans.Add(new TextSpan(at, at + heading.Length));
            from = at + heading.Length;
        }

        return spans;
    }

    /// <summary>Where <paramref name="line"/> stands as a whole line of <paramref name="text"/> at or after <paramref name="from"/>, else -1.</summary>
    public static int IndexOfLine(string text, string line, int from)
    {
        while (from <= text.Length - line.Length)
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
