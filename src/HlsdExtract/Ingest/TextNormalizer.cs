using System.Buffers;

namespace HlsdExtract.Ingest;

/// <summary>
/// Unicode clean-up: line ends to LF; exotic spaces to a space; curly quotes to ASCII; zero-width
/// and control characters removed; per line, indentation and trailing space trimmed, space runs
/// collapsed and bullet glyphs rewritten as "• ".
/// </summary>
public static class TextNormalizer
{
    private const string BulletGlyphs = "•·▪●◦‣∙⁃■□►▸◆◇○";

    /// <summary>The characters <see cref="MapChar"/> changes or drops (NUL included), and '\r': text between them is copied as it is.</summary>
    private static readonly SearchValues<char> Special =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => c is '\r' or '\0' || MapChar(c) != c).ToArray());

    public static string Normalize(string text)
    {
        var flat = MapChars(text);
        if (AllLinesClean(flat))
        {
            return flat;
        }

        // Written into a pooled buffer, then copied once into the result. A line grows by one character
        // at most ("•text" is written "• text"), so the text's length plus one per line always fits.
        var buffer = ArrayPool<char>.Shared.Rent(flat.Length + flat.AsSpan().Count('\n') + 1);
        try
        {
            var length = 0;
            for (var start = 0; ;)
            {
                var newline = flat.IndexOf('\n', start);
                var end = newline < 0 ? flat.Length : newline;
                if (start > 0)
                {
                    buffer[length++] = '\n';
                }

                length += WriteLine(buffer.AsSpan(length), flat.AsSpan(start, end - start));
                if (newline < 0)
                {
                    return new string(buffer, 0, length);
                }

                start = newline + 1;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The text with line ends as LF and every character through <see cref="MapChar"/> (the same string when nothing changes).</summary>
    private static string MapChars(string text)
    {
        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            return text;
        }

        // Every character maps to one or none, so the text's length bounds the result.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            var i = 0;
            while (next >= 0)
            {
                text.AsSpan(i, next).CopyTo(buffer.AsSpan(length));
                length += next;
                i += next;
                var c = text[i];
                if (c == '\r')
                {
                    buffer[length++] = '\n';
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                }
                else if (MapChar(c) is var mapped && mapped != '\0')
                {
                    buffer[length++] = mapped;
                }

                i++;
                next = text.AsSpan(i).IndexOfAny(Special);
            }

            text.AsSpan(i).CopyTo(buffer.AsSpan(length));
            length += text.Length - i;
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The character to keep for <paramref name="c"/>, or '\0' to drop it.</summary>
    public static char MapChar(char c) => c switch
    {
        '\n' => '\n',
        '\t' or '\f' or '\v' or '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' => ' ',
        >= '\u2000' and <= '\u200A' => ' ',
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => '\0',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2028' or '\u2029' => '\n',
        < ' ' or (>= '\u007F' and <= '\u009F') => '\0',
        _ => c,
    };

    /// <summary>True when <see cref="WriteLine"/> would copy every line as it is (text a reader already cleaned): then the text is its own result.</summary>
    private static bool AllLinesClean(string text)
    {
        for (var start = 0; ;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            if (!IsClean(text.AsSpan(start, end - start)))
            {
                return false;
            }

            if (newline < 0)
            {
                return true;
            }

            start = newline + 1;
        }
    }

    /// <summary>No space at either end, no leading bullet glyph, no run of spaces: the line <see cref="WriteLine"/> copies unchanged.</summary>
    private static bool IsClean(ReadOnlySpan<char> line) =>
        line.Trim(' ').Length == line.Length && (line.Length == 0 || !BulletGlyphs.Contains(line[0])) && !line.Contains("  ", StringComparison.Ordinal);

    /// <summary>Writes one line trimmed, with a leading bullet glyph written "• " and space runs collapsed, into <paramref name="into"/>; returns the characters written.</summary>
    private static int WriteLine(Span<char> into, ReadOnlySpan<char> line)
    {
        if (IsClean(line))
        {
            line.CopyTo(into);
            return line.Length;
        }

        var span = line.Trim(' ');
        var n = 0;
        if (span.Length > 0 && BulletGlyphs.Contains(span[0]))
        {
            into[n++] = '•';
            into[n++] = ' ';
            span = span[1..].TrimStart(' ');
        }

        var lastWasSpace = false;
        foreach (var c in span)
        {
            if (c == ' ')
            {
                if (!lastWasSpace)
                {
                    into[n++] = ' ';
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            into[n++] = c;
        }

        return n;
    }
}
