using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HlsdExtract.Ingest;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Properties;

/// <summary>
/// The normalizer's bulk copies (text between special characters, clean lines appended whole)
/// give exactly what a character-by-character reading of its rules gives.
/// </summary>
public sealed class NormalizerProperties
{
    private static readonly string[] Fragments =
    [
        "a", "Word", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u2003", "\u200b", "\ufeff", "\u00ad", "\0", "\u0001", "\u0085", "\u2028",
        "\u2018", "\u2019", "\u201c", "\u201d", "•", "·", "■ ", "- ", "\ud83d\ude00", "é", "1,234", ".",
    ];

    private static Arbitrary<string> Messy() => GluedText.Of(Fragments);

    [Property(MaxTest = 1000)]
    public Property NormalizeEqualsTheCharacterByCharacterReading() =>
        Prop.ForAll(Messy(), text => Assert.Equal(Reference(text), TextNormalizer.Normalize(text)));

    [Property(MaxTest = 300)]
    public Property NormalizeEqualsTheCharacterByCharacterReadingOnAnyString() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Assert.Equal(Reference(text ?? ""), TextNormalizer.Normalize(text ?? "")));

    /// <summary>The rules one character at a time: CR/CRLF to LF, <see cref="TextNormalizer.MapChar"/>, then per line trim, bullet glyph, space runs.</summary>
    private static string Reference(string text)
    {
        var flat = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                flat.Append('\n');
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
            }
            else if (TextNormalizer.MapChar(text[i]) is var c && c != '\0')
            {
                flat.Append(c);
            }
        }

        return string.Join("\n", flat.ToString().Split('\n').Select(Line));
    }

    private static string Line(string line)
    {
        var span = line.Trim(' ');
        var prefix = "";
        if (span.Length > 0 && "•·▪●◦‣∙⁃■□►▸◆◇○".Contains(span[0]))
        {
            prefix = "• ";
            span = span[1..].TrimStart(' ');
        }

        while (span.Contains("  ", StringComparison.Ordinal))
        {
            span = span.Replace("  ", " ", StringComparison.Ordinal);
        }

        return prefix + span;
    }
}
