using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Extract;

/// <summary>Which year a year-less date takes in a document that declares no date, written for the form.</summary>
public sealed class YearContextTests
{
    private static string NormalizedOf(string text, string mention) =>
        TestData.RunText(text).Dates.First(d => d.Text == mention).Normalized;

    [Fact]
    public void AYearlessDateAfterALastQuarterMentionFallsInTheNextYear() =>
        Assert.Equal("2019-02-11", NormalizedOf("The minister visited Ottawa in November 2018.\n\nOn February 11, the two teams met again in Toronto.", "February 11"));

    [Fact]
    public void AYearlessDateTakesTheYearOfTheLatestDatedMention() =>
        Assert.Equal("2016-05-04", NormalizedOf("The unit was founded in March 2016 by decree.\n\nOn May 4, the unit held its first review.", "May 4"));

    [Fact]
    public void AnIsoStampInTheOpeningLinesDecidesTheYear() =>
        Assert.Equal("2017-07-23", NormalizedOf("Border Bulletin2017-08-02 09:14:00\n\nThe task force formed in October 2012.\n\nOn July 23, agents stopped a truck.", "July 23"));

    [Fact]
    public void ADatelineDecidesTheYearAndTheDayTodayIs()
    {
        var doc = TestData.RunText("September 14, 2021\n\nThe office opened in November 2020.\n\nToday, on March 2 and at the ceremony, the office marked the date.");
        Assert.Equal("2021-03-02", doc.Dates.First(d => d.Text == "March 2").Normalized);
        Assert.Equal("2021-09-14", doc.Dates.First(d => d.Text == "Today").Normalized);
    }
}
