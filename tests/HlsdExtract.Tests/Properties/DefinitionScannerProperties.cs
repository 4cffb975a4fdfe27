using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HlsdExtract.Extract.Entities;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Properties;

/// <summary>
/// "Full Name (ACR)" definitions found through windows before the brackets are exactly the matches
/// of the whole-text pattern (same places, names and acronyms), on text glued from
/// names, connectors, brackets and long capitalized runs.
/// </summary>
public sealed class DefinitionScannerProperties
{
    private static readonly string[] Fragments =
    [
        "Drug", "Enforcement", "Administration", "Homeland", "Security", "Investigations", "U.S.", "U.S.-Mexico", "21st", "McAllen",
        "xAllen", "DEA's", "Justice's", "Bureau", "Task", "Force", "of", "the", "de", "and", "for", "against", "with", "agents", "seized",
        " ", " ", " ", ", ", ",", " (", "(", ")", " (DEA)", " (FBI) Director", " (HSI)", "(ATF)", " (U.S.)", " (see below)", " (A)", " (HIDTAs)", " (ABCDEFGHIJKs)",
        " (DEA", "'s", "'", "2023", ".", "\n", "é", "Ñandú", "-",
        "Office of the United States Trade Representative ", "Drug Enforcement Administration ", "Bureau of Alcohol, Tobacco, Firearms and Explosives ",
        "U.S. Department of Homeland Security ", "Secretaría de Seguridad y Protección Ciudadana ",
    ];

    private static Arbitrary<string> DefinitionText() =>
        GluedText.Of(Fragments);

    private static List<(int, int, string, string)> Shape(IEnumerable<System.Text.RegularExpressions.Match> matches) =>
        matches.Select(m => (m.Index, m.Length, m.Groups["name"].Value, m.Groups["acr"].Value)).ToList();

    [Property(MaxTest = 3000)]
    public Property WindowedScanFindsWhatTheWholeTextPatternFinds() =>
        Prop.ForAll(DefinitionText(), text =>
            Assert.Equal(Shape(EntityPatterns.Definition().Matches(text)), Shape(DefinitionScanner.Find(text))));

    [Fact]
    public void ANameOfMoreThanThirteenCapitalizedWordsKeepsItsLastThirteen()
    {
        var text = string.Join(" ", Enumerable.Range(0, 20).Select(i => "Word" + (char)('A' + i))) + " (WX)";
        Assert.Equal(Shape(EntityPatterns.Definition().Matches(text)), Shape(DefinitionScanner.Find(text)));
        Assert.StartsWith("WordH ", Assert.Single(DefinitionScanner.Find(text)).Groups["name"].Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Policy's (ONDCP) Drug-Free Harbors (DFH) Program", "Program")]
    [InlineData("the Harbor Safety Board (HSB), which met", "")]
    [InlineData("the Harbor Safety Board (HSB) Director", "Director")]
    public void TheWordAfterADefinitionIsLookedAtNotTaken(string text, string after)
    {
        var last = DefinitionScanner.Find(text)[^1];
        Assert.Equal(after, DefinitionScanner.WordAfter(text, last));
        Assert.EndsWith(")", last.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("A-")]
    [InlineData("U.")]
    public void ALongCapitalizedTokenBeforeABracketIsReadOnceNotFromEachOfItsCapitals(string unit)
    {
        // Tried from each capital inside the token, the pattern would reread it to its end: quadratic, past the match timeout.
        var text = "the " + string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length)) + ", (DEA) and the Drug Enforcement Administration (DEA)";
        // The whole-text pattern is the slow reference here: it runs without the product's match timeout, so a loaded machine cannot fail it.
        var reference = new System.Text.RegularExpressions.Regex(EntityPatterns.Definition().ToString(), EntityPatterns.Definition().Options, System.Text.RegularExpressions.Regex.InfiniteMatchTimeout);
        Assert.Equal(Shape(reference.Matches(text)), Shape(DefinitionScanner.Find(text)));
        Assert.Equal("Drug Enforcement Administration", Assert.Single(DefinitionScanner.Find(text)).Groups["name"].Value);
    }
}
