using System.Buffers;
using System.Text;

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
        var result = new StringBuilder(flat.Length);
        for (var start = 0; ;)
        {
            var newline = flat.IndexOf('\n', start);
            var end = newline < 0 ? flat.Length : newline;
            if (start > 0)
            {
                result.Append('\n');
            }

            AppendLine(result, flat.AsSpan(start, end - start));
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return result.ToString();
    }

    /// <summary>The text with line ends as LF and every character through <see cref="MapChar"/> (the same string when nothing changes).</summary>
    private static string MapChars(string text)
    {
        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            return text;
        }

        var chars = new StringBuilder(text.Length);
        var i = 0;
        while (next >= 0)
        {
            chars.Append(text.AsSpan(i, next));
            i += next;
            var c = text[i];
            if (c == '\r')
            {
                chars.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (MapChar(c) is var mapped && mapped != '\0')
            {
                chars.Append(mapped);
            }

            i++;
            next = text.AsSpan(i).IndexOfAny(Special);
        }

        return chars.Append(text.AsSpan(i)).ToString();
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

    /// <summary>Appends one line trimmed, with a leading bullet glyph written "• " and space runs collapsed.</summary>
    private static void AppendLine(StringBuilder sb, ReadOnlySpan<char> line)
    {
        var span = line.Trim(' ');
        if (span.Length == line.Length && (span.Length == 0 || !BulletGlyphs.Contains(span[0])) && !span.Contains("  ", StringComparison.Ordinal))
        {
            sb.Append(span);
            return;
        }

        if (span.Length > 0 && BulletGlyphs.Contains(span[0]))
        {
            sb.Append("• ");
            span = span[1..].TrimStart(' ');
        }

        var lastWasSpace = false;
        foreach (var c in span)
        {
            if (c == ' ')
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            sb.Append(c);
        }
    }
}
