namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// Which lines are running text. In a text with one line per paragraph, a line is prose by its
/// own shape (<see cref="LineShapes.IsProse"/>). In a hard-wrapped text (most lines end near one
/// width, as archives, e-mail and PDF text are written) a line is prose when the paragraph it
/// belongs to (the run of lines between blank lines) reads as prose once joined.
/// </summary>
internal static class ProseLines
{
    public static bool[] Mark(IReadOnlyList<string> lines)
    {
        var prose = new bool[lines.Count];
        var wrapped = IsHardWrapped(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            prose[i] = lines[i].Length > 0 && LineShapes.IsProse(lines[i]);
        }

        if (!wrapped)
        {
            return prose;
        }

        for (var start = 0; start < lines.Count;)
        {
            if (lines[start].Trim().Length == 0)
            {
                start++;
                continue;
            }

            var end = start;
            while (end < lines.Count && lines[end].Trim().Length > 0)
            {
                end++;
            }

            if (end - start > 1 && LineShapes.IsProse(string.Join(" ", Enumerable.Range(start, end - start).Select(k => lines[k].Trim()))))
            {
                for (var k = start; k < end; k++)
                {
                    prose[k] = true;
                }
            }

            start = end;
        }

        return prose;
    }

    /// <summary>Hard-wrapped: no line much over 100 characters, and at least a third of the lines of 40 or more end between 55 and 100.</summary>
    public static bool IsHardWrapped(IReadOnlyList<string> lines)
    {
        int sized = 0, nearWidth = 0, overlong = 0;
        foreach (var line in lines)
        {
            var n = line.Trim().Length;
            if (n < 40)
            {
                continue;
            }

            sized++;
            nearWidth += n is >= 55 and <= 100 ? 1 : 0;
            overlong += n > 120 && !line.Contains("://", StringComparison.Ordinal) ? 1 : 0;
        }

        return sized >= 4 && nearWidth * 3 >= sized && overlong * 20 <= sized;
    }
}
