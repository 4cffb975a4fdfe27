using HlsdExtract.Ingest.Boilerplate;

namespace HlsdExtract.Tests.Ingest;

/// <summary>Each boilerplate rule on its own, written for the form, not for one file.</summary>
public sealed class BoilerplateRuleTests
{
    private static readonly BoilerplateStripper Stripper = new();

    [Theory]
    [InlineData("seo servicesseo services", true)]
    [InlineData("cheap flights cheap flights", true)]
    [InlineData("Buy NowBuy Now", true)]
    [InlineData("abcabc", true)]
    [InlineData("123123", false)]
    [InlineData("Operation Last Mile", false)]
    [InlineData("New York New Jersey", false)]
    public void ADoubledPhraseIsRecognized(string line, bool doubled) =>
        Assert.Equal(doubled, DoubledPhraseRule.IsDoubled(line));

    [Theory]
    [InlineData("-3 C", "Oslo", "Monday, January 8, 2024", "2024-01-08")]
    [InlineData("101 °F", "Phoenix", "Sat, Jul 1, 2023", "2023-07-01")]
    [InlineData("58 F", "San Juan, Puerto Rico", "Tuesday, March 5, 2024", "2024-03-05")]
    public void AnyWeatherCityDateBannerIsRemovedAndDated(string weather, string city, string date, string iso)
    {
        var result = Stripper.Strip($"{weather}\n{city}\n{date}\nReport Title Goes Here\n\nBody sentence one.");
        Assert.Equal("Report Title Goes Here\n\nBody sentence one.", result.Text);
        Assert.Equal(iso, result.RetrievedDate);
        Assert.Equal(["weather", "banner-city", "banner-date"], result.Removed.Select(r => r.Reason));
    }

    [Theory]
    [InlineData("HomeWorldJoint Statement on Fentanyl", "Joint Statement on Fentanyl")]
    [InlineData("Home › Newsroom › Joint Statement on Fentanyl", "Joint Statement on Fentanyl")]
    [InlineData("Home > News > Press Releases", "Some Other Title Line")]
    public void BreadcrumbsAreRemoved(string crumb, string title)
    {
        var result = Stripper.Strip($"{crumb}\n\n{title}\n\nBody text.");
        Assert.StartsWith(title, result.Text, StringComparison.Ordinal);
        Assert.Equal("breadcrumb", Assert.Single(result.Removed).Reason);
    }

    [Fact]
    public void ANumberedBreadcrumbStartingWithHomeIsRemovedAndGivesTheTitle()
    {
        var result = Stripper.Strip("1. Home\n2. Newsroom\n3. Releases\n4. Agents Seize Pills\n\nAgents Seize Pills\n\nBody.");
        Assert.Equal(4, result.Removed.Count);
        Assert.Equal("Agents Seize Pills", result.TitleHint);
    }

    [Theory]
    [InlineData("Official news published at https://www.example.gov/a-b/", "https://www.example.gov/a-b/")]
    [InlineData("Originally published at https://example.org/x.html.", "https://example.org/x.html")]
    [InlineData("Source: https://www.whitehouse.gov/briefing-room/", "https://www.whitehouse.gov/briefing-room/")]
    public void ThePublishedAtLineGivesTheSourceUrl(string line, string url)
    {
        var result = Stripper.Strip($"Title of the Page\n\nBody.\n\n{line}");
        Assert.Equal(url, result.SourceUrl);
        Assert.Equal("Title of the Page\n\nBody.", result.Text);
    }

    [Theory]
    [InlineData("Latest stories")]
    [InlineData("Trending now")]
    [InlineData("Share this:")]
    [InlineData("Related")]
    [InlineData("Skip to main content")]
    [InlineData("Official websites use .gov")]
    public void SiteChromeLinesAreRemoved(string line)
    {
        var result = Stripper.Strip($"Title of the Page\n\nBody.\n\n{line}\n\nMore body.");
        Assert.Equal("Title of the Page\n\nBody.\n\nMore body.", result.Text);
    }

    [Fact]
    public void ABodyLineMentioningACityIsKept()
    {
        var text = "Title of the Page\n\nNew York\n\nThe meeting was held in New York.";
        Assert.Equal(text, Stripper.Strip(text).Text);
    }
}
