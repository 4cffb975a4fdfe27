using HlsdExtract.Ingest;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Ingest;

/// <summary>A line by the headline that holds only a date (with a label or a time) is the published date.</summary>
public sealed class DateLineTests
{
    [Theory]
    [InlineData("Release Date: March 14, 2024", "2024-03-14", false)]
    [InlineData("October 5, 2023", "2023-10-05", false)]
    [InlineData("Wednesday, November 29, 2023 10:00 AM EST", "2023-11-29", false)]
    [InlineData("Published on 5 October 2023", "2023-10-05", false)]
    [InlineData("Updated May 2, 2024", "2024-05-02", true)]
    public void ADateLineGivesItsDate(string line, string expected, bool update)
    {
        Assert.Equal(expected, DateLines.DateOf(line, out var isUpdate));
        Assert.Equal(update, isUpdate);
    }

    [Theory]
    [InlineData("On October 5, 2023, the agencies met in Mexico City.")]
    [InlineData("Home > News > October 5, 2023 > Fact Sheet")]
    [InlineData("Press Releases")]
    public void ALineThatSaysMoreThanADateGivesNone(string line) =>
        Assert.Null(DateLines.DateOf(line, out _));

    [Fact]
    public void TheDateByTheHeadlineBecomesThePublishedDate()
    {
        var doc = TestData.RunText("Third Meeting of the Security Dialogue\n\nRelease Date: October 6, 2023\n\nOn October 5, the agencies met in Mexico City.");
        Assert.Equal("2023-10-06", doc.Metadata.PublishedDate);
    }

    [Fact]
    public void AnUpdatedLineGivesWayToTheReleaseDate()
    {
        var doc = TestData.RunText("Third Meeting of the Security Dialogue\n\nUpdated November 2, 2023\n\nOctober 6, 2023\n\nOn October 5, the agencies met in Mexico City.");
        Assert.Equal("2023-10-06", doc.Metadata.PublishedDate);
    }
}
