using HlsdExtract.Ingest.Boilerplate;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Ingest;

/// <summary>The layout rules (header above the headline, fields, bylines, menus, notices, footers), each on made-up pages of its form.</summary>
public sealed class BoilerplateLayoutRuleTests
{
    private const string Prose = "Officials from both countries met on Tuesday to review the joint plan against the trafficking of synthetic drugs.";
    private const string Headline = "Partners Review the Joint Plan Against Synthetic Drugs";

    private static readonly BoilerplateStripper Stripper = new();

    [Theory]
    [InlineData("Ministry of the Interior")]
    [InlineData("Department of Homeland Security")]
    [InlineData("Newsroom")]
    [InlineData("Press Releases")]
    [InlineData("Office of the United States Attorney, Jane Q. Public")]
    [InlineData("FOR IMMEDIATE RELEASE Contact: Public Affairs (555) 010-0000")]
    [InlineData("Menu\nAbout\nContact\nCareers")]
    public void EverythingAboveTheHeadlineIsSiteChrome(string header)
    {
        var result = Stripper.Strip($"{header}\n\n{Headline}\n\n{Prose}");
        Assert.Equal($"{Headline}\n\n{Prose}", result.Text);
        Assert.Equal(Headline, result.TitleHint);
    }

    [Theory]
    [InlineData("March 3, 2024Mexico City, MexicoNarcotics", "March 3, 2024")]
    [InlineData("Posted by the desk on Tue, January 9, 2024 Public Affairs", "January 9, 2024")]
    public void ADatelineAboveTheHeadlineKeepsItsDate(string header, string date)
    {
        var result = Stripper.Strip($"{header}\n{Headline}\n{Prose}");
        Assert.Equal($"{date}\n{Headline}\n{Prose}", result.Text);
    }

    [Theory]
    [InlineData("U.S. Department of State", true)]
    [InlineData("Washington, DC", true)]
    [InlineData("United States", true)]
    [InlineData("Office of the Spokesperson", false)]
    [InlineData("Remarks as Delivered", false)]
    public void BetweenHeadlineAndProseAKnownAgencyOrAPlaceAloneIsChrome(string line, bool chrome)
    {
        var result = Stripper.Strip($"{Headline}\n{line}\n{Prose}");
        Assert.Equal(chrome, !result.Text.Contains(line, StringComparison.Ordinal));
    }

    [Fact]
    public void ATextThatOpensWithProseHasNoHeaderToRemove()
    {
        var text = $"{Prose}\n\nMinistry of the Interior\n\n{Prose}";
        Assert.Equal(text, Stripper.Strip(text).Text);
    }

    [Theory]
    [InlineData("Release Date: July 12, 2018", "July 12, 2018")]
    [InlineData("Published: 2024-02-01", "2024-02-01")]
    [InlineData("Updated May 2, 2024", "Updated May 2, 2024")]
    [InlineData("Daily Border Report2020-08-05 10:04:03", "2020-08-05")]
    [InlineData("05/06/2024 | Press release | Distributed by Wire on 05/06/2024 13:10", null)]
    [InlineData("###", null)]
    [InlineData("\\###", null)]
    [InlineData("- 30 -", null)]
    [InlineData("Source: US Department of Homeland Security", null)]
    [InlineData("Media Contact: Public Affairs Office", null)]
    [InlineData("Jane Roe (202) 555-0100", null)]
    public void PageFieldsLoseTheirLabelAndKeepTheirDate(string line, string? kept)
    {
        var result = Stripper.Strip($"{Prose}\n\n{line}\n\n{Prose}");
        Assert.Equal(kept is null ? $"{Prose}\n\n{Prose}" : $"{Prose}\n\n{kept}\n\n{Prose}", result.Text);
    }

    [Theory]
    [InlineData("Source: CBP data for fiscal year 2023, as of June 30.")]
    [InlineData("Date of the next meeting is to be announced in the fall by both governments.")]
    public void ProseThatStartsLikeAFieldStays(string line)
    {
        var text = $"{Prose}\n\n{line}";
        Assert.Equal(text, Stripper.Strip(text).Text);
    }

    [Fact]
    public void ADateFieldOpeningAParagraphLeavesTheParagraph()
    {
        var result = Stripper.Strip($"date 2022-07-21 LAREDO, Texas — {Prose}");
        Assert.Equal($"2022-07-21 LAREDO, Texas — {Prose}", result.Text);
    }

    [Fact]
    public void ABylineAndTheAuthorBoxAtTheEndAreChrome()
    {
        var result = Stripper.Strip($"{Headline}\nBy The Valley Ledger Staff -\n{Prose}\nThe Valley Ledger Staff\nThe Valley Ledger Staff writes about the border for readers in three states.");
        Assert.Equal($"{Headline}\n{Prose}", result.Text);
        Assert.Equal(["byline", "author-box", "author-box"], result.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void AMenuWrittenAsAListBeforeTheProseIsRemovedButAListInTheStoryStays()
    {
        var menu = string.Join("\n", new[] { "About", "Mission", "History", "Divisions", "Offices", "Contacts" }.Select(m => "• " + m));
        var counties = string.Join("\n", new[] { "Ada County, Idaho", "Canyon County, Idaho", "Pasco County, Florida", "Trinity County, California", "Putnam County, New York", "Nelson County, Kentucky" }.Select(c => "• " + c));
        var result = Stripper.Strip($"{menu}\n\n{Prose}\n\n{counties}");
        Assert.Equal($"{Prose}\n\n{counties}", result.Text);
    }

    [Fact]
    public void ALineWrittenTwiceBeforeTheProseIsALinkAndItsTooltip()
    {
        var result = Stripper.Strip($"Agents Seize Pills at the Port\n\nAgents Seize Pills at the Port\n\n{Headline}\n\n{Prose}");
        Assert.Equal($"{Headline}\n\n{Prose}", result.Text);
    }

    [Theory]
    [InlineData("This website uses cookies to improve your experience. Accept all cookies")]
    [InlineData("In an effort to keep this site current, the archive contains outdated information that may not reflect current policy.")]
    [InlineData("Subscribe to our newsletter for the latest updates.")]
    [InlineData("Copyright 2024 The Valley Ledger. All rights reserved.")]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("Related Posts")]
    [InlineData("Statement header image")]
    [InlineData("Republished from")]
    [InlineData("The Ministry published this content on May 2, 2024, and is solely responsible for the information contained herein.")]
    public void NoticesPromptsAndCreditsAreChromeWherever(string line)
    {
        var result = Stripper.Strip($"{Prose}\n\n{line}\n\n{Prose}");
        Assert.Equal($"{Prose}\n\n{Prose}", result.Text);
    }

    [Fact]
    public void ATagListUnderItsLabelAndASiteNameClosingThePageAreChrome()
    {
        var result = Stripper.Strip($"{Prose}\n\nTags\nBureau of Affairs Mexico Spokesperson\n\nU.S. Department of State\nA Story Linked From the Footer");
        Assert.Equal(Prose, result.Text);
    }

    [Fact]
    public void ANavigationOnlyPageStripsToNothing()
    {
        var page = Assert.Single(TestData.Excerpts(), TestData.IsChromeOnly);
        var result = Stripper.Strip(HlsdExtract.Ingest.TextNormalizer.Normalize(TestData.ReadText(page)));
        Assert.Equal(string.Empty, result.Text);
        Assert.True(result.Removed.Count > 50);
    }

    [Fact]
    public void AHardWrappedSpeechKeepsEveryLine()
    {
        var text = string.Join("\n", [
            "Washington, DC",
            "",
            "THE PRESIDENT: Thank you all for being here today with us in the East",
            "Room for this announcement on the plan we set out a year ago together",
            "with our partners in Mexico and Canada to stop the fentanyl trade and",
            "the guns that flow south, and we have kept every one of those promises.",
            "",
            "Q Thanks, everyone.",
            "",
            "Mexico City, Mexico",
            "It's at stake. It's at stake.",
            "3:53 P.M. EST",
        ]);
        Assert.Equal(text, Stripper.Strip(text).Text);
    }
}
