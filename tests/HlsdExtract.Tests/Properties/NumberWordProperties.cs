using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HlsdExtract.Extract.Quantities;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Properties;

/// <summary>
/// The number-word scanner finds exactly what the regular expression it replaced finds (the
/// expression is the specification: number word, optional "-unit", optional " scale", no word
/// character or hyphen on either side), on text glued from number words and their neighbours.
/// </summary>
public sealed class NumberWordProperties
{
    private static readonly string[] Fragments =
    [
        "one", "One", "ONE", "two", "seven", "Seven", "seventy", "seventeen", "twenty", "Twenty", "ninety", "a", "A", "an", "An",
        "dozen", "hundred", "thousand", "million", "millions", "billion", "trillion", "some", "time", "thing", "s", "fold",
        "-", "--", " ", "  ", ",", ".", "(", ")", "\n", "_", "0", "7", "é", "\u0301", "\u200d", "\u200c", "\u0903", "²", "Ⅻ", "٣", "\u00a0", "’", "$", "%",
    ];

    private static readonly Regex Reference = BuildReference();

    private static Regex BuildReference()
    {
        var lexicon = QuantityLexicon.Default.NumberWords;
        var words = lexicon.Where(w => w.Value.Kind != "scale").Select(w => w.Key).OrderByDescending(w => w.Length);
        var alternation = string.Join("|", words.Select(w => "[" + char.ToUpperInvariant(w[0]) + w[0] + "]" + Regex.Escape(w[1..])));
        var scales = string.Join("|", lexicon.Where(w => w.Value.Kind == "scale").Select(w => w.Key));
        return new Regex(@"(?<![\w-])(?<w>(?:" + alternation + @")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?: (?<scale>" + scales + @"))?(?![\w-])", RegexOptions.CultureInvariant);
    }

    private static Arbitrary<string> NumberText() =>
        GluedText.Of(Fragments);

    [Property(MaxTest = 2000)]
    public Property ScannerFindsWhatTheReferenceExpressionFinds() =>
        Prop.ForAll(NumberText(), text =>
        {
            var expected = Reference.Matches(text).Select(m => (m.Index, m.Length, m.Groups["w"].Value, m.Groups["scale"].Success ? m.Groups["scale"].Value : null)).ToList();
            var actual = NumberWordScanner.Default.Scan(text).Select(w => (w.Index, w.Length, w.Word, w.Scale)).ToList();
            Assert.Equal(expected, actual);
        });

    [Theory]
    [InlineData("some one-time twenty-one million", "twenty-one|million")]
    [InlineData("Twenty-five thousand-strong", "Twenty-five")]
    [InlineData("two millions", "two")]
    [InlineData("someone, anyone", "")]
    [InlineData("twenty-seventh", "")]
    [InlineData("a hundred", "a|hundred")]
    public void ScannerReadsWordUnitAndScale(string text, string expected)
    {
        var found = NumberWordScanner.Default.Scan(text).Select(w => w.Scale is null ? w.Word : w.Word + "|" + w.Scale);
        Assert.Equal(expected, string.Join(";", found));
    }
}
