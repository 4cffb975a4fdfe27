using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Segment;

namespace HlsdExtract.Tests.Segment;

public sealed class SentenceAndTokenTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => s.Slice(text)).ToArray();

    [Theory]
    [InlineData("Agents met Dr. Jane Roe in the U.S. Embassy. Then they left.", 2)]
    [InlineData("He is Smith Jr. of the unit. It was late.", 2)]
    [InlineData("The budget for FY. 2024 grew. No. 5 was next.", 2)]
    [InlineData("Acme Inc. Services were hired. They worked.", 2)]
    [InlineData("Officers arrested Francis J. Russo on Monday.", 1)]
    [InlineData("It rose 40 percent. \"We did it,\" he said. Then 3,000 more came!", 3)]
    [InlineData("Prices fell to $4.50 per pill. That was new.", 2)]
    public void SentencesSplitAtTerminalPunctuationButNotAfterAbbreviations(string text, int count) =>
        Assert.Equal(count, Sentences(text).Length);

    [Theory]
    [InlineData("U.S.-Mexico", new[] { "U.S.", "-", "Mexico" })]
    [InlineData("DEA's 1,436 cases", new[] { "DEA", "'s", "1,436", "cases" })]
    [InlineData("$46.1 billion", new[] { "$", "46.1", "billion" })]
    [InlineData("DOJ/OPDAT High-Level", new[] { "DOJ", "/", "OPDAT", "High-Level" })]
    [InlineData("Attorneys' Offices", new[] { "Attorneys", "'", "Offices" })]
    [InlineData("2974 pill molds, 12,919 pounds", new[] { "2974", "pill", "molds", ",", "12,919", "pounds" })]
    [InlineData("in 2023, 40 percent", new[] { "in", "2023", ",", "40", "percent" })]
    public void TokensFollowTheWordsAndNumbers(string text, string[] expected)
    {
        var tokens = WordTokenizer.Tokenize(text, new TextSpan(0, text.Length));
        Assert.Equal(expected, tokens.Select(t => t.Span.Slice(text)).ToArray());
    }
}
