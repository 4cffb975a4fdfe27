using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HlsdExtract.Language.Dates;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Properties;

/// <summary>Ranges found with the two halves of the range pattern are exactly the matches of the whole pattern (places, both dates).</summary>
public sealed class RangeMatchesProperties
{
    private static readonly Regex Whole = new(DatePatterns.Range);

    private static readonly string[] Fragments =
    [
        "between ", "Between ", "from ", "From ", " and ", " to ", " through ", " - ", ", ", " ", "May", "May 5", "May 5, 2020", "June 2016",
        "5 May 2020", "7/4/2018", "Mon, 7/4/2018", "2019-05-06", "2012", "2015", "FY2016", "fiscal year 2017", "10", "31st", "percent",
        "%", ",", ".", "x", "Sept.", "Thursday, ", "9", "2021-", "/", "\n",
    ];

    private static List<(int, int, string, string)> Shape(IEnumerable<Match> matches) =>
        matches.Select(m => (m.Index, m.Length, m.Groups["a"].Value, m.Groups["b"].Value)).ToList();

    [Property(MaxTest = 2000)]
    public Property BothHalvesTogetherFindWhatTheWholePatternFinds() =>
        Prop.ForAll(GluedText.Of(Fragments), text => Assert.Equal(Shape(Whole.Matches(text)), Shape(RangeMatches.Find(text))));

    [Theory]
    [InlineData("From 2012 to 2015 and from May 5 to 10, then between 7/4/2018 and 2019-05-06.", 3)]
    [InlineData("Between June 2, 2016, and August 1, 2016, arrests rose from 2019 to 2020.", 2)]
    public void RangesFromEitherHalfComeInTextOrder(string text, int count)
    {
        var found = RangeMatches.Find(text).ToList();
        Assert.Equal(count, found.Count);
        Assert.Equal(Shape(Whole.Matches(text)), Shape(found));
    }
}
