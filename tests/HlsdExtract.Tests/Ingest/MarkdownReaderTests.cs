using System.Text;
using HlsdExtract.Contracts;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Tests.Ingest;

/// <summary>Markdown reads as its displayed text: front matter as metadata, markup, link targets and images gone, headings and bullets kept.</summary>
public sealed class MarkdownReaderTests
{
    private static readonly ExtractionPipeline Pipeline = PipelineBuilder.CreateStructure().Build();

    private static Document Run(string markdown, string name = "page.md") => Pipeline.Run(new RawInput(name, Encoding.UTF8.GetBytes(markdown)));

    [Theory]
    [InlineData("date: '2022-10-13'\npublished_time: 2022-10-14 01:52:45-04:00", "2022-10-13")]
    [InlineData("published_time: 2022-10-13 19:52:45-04:00", "2022-10-13")]
    [InlineData("date: 2021-03-03", "2021-03-03")]
    public void TheFrontMatterDateIsThePublishedDate(string dateLines, string expected)
    {
        var doc = Run($"---\n{dateLines}\ntitle: A Release\n---\n\nThe agencies met.\n");
        Assert.Equal(expected, doc.Metadata.PublishedDate);
    }

    [Theory]
    [InlineData("source_url: https://example.gov/a/", "https://example.gov/a/")]
    [InlineData("permalink: https://example.gov/b/", "https://example.gov/b/")]
    public void TheFrontMatterAddressIsTheSourceUrl(string line, string expected)
    {
        var doc = Run($"---\n{line}\ntitle: A Release\n---\n\nThe agencies met.\n");
        Assert.Equal(expected, doc.Metadata.SourceUrl);
    }

    [Fact]
    public void TheFrontMatterTitleIsTheTitleWithItsEscapesRead()
    {
        var doc = Run("---\ntags: statements-releases, fact-sheets\ntitle: \"FACT SHEET: Second Meeting of the High-Level Security\\_Dialogue\"\n---\n\n**<u>Public Health</u>**\n\nThe agencies met.\n");
        Assert.Equal("FACT SHEET: Second Meeting of the High-Level Security Dialogue", doc.Metadata.Title);
        Assert.Equal(["statements-releases", "fact-sheets"], doc.Metadata.Tags);
        Assert.Equal("Public Health", doc.Sections.Single(s => !s.HeadingInferred && s.Heading is not null).Heading);
    }

    [Theory]
    [InlineData("**<u>Public Health</u>**", "Public Health")]
    [InlineData("**Expanding Firearms Trafficking Investigations**", "Expanding Firearms Trafficking Investigations")]
    [InlineData("<span style=\"text-decoration: underline\">The Bicentennial\nFramework for Security</span>", "The Bicentennial Framework for Security")]
    [InlineData("## Targeted Financial Measures:", "Targeted Financial Measures:")]
    [InlineData("**<u>GOAL 1:  PROTECT OUR PEOPLE</u>** **–** The two countries seek safe communities.", "GOAL 1: PROTECT OUR PEOPLE")]
    public void ABoldUnderlinedOrMarkedHeadingLineIsAHeading(string line, string heading)
    {
        var doc = Run($"Opening paragraph of the release.\n\n{line}\n\n-   The agencies seized 1,200 pounds.\n");
        var titled = doc.Sections.Where(s => !s.HeadingInferred && s.Heading is not null).ToList();
        Assert.Equal(heading, Assert.Single(titled).Heading);
        Assert.DoesNotContain("*", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ABoldSentenceInsideAParagraphIsNotAHeading()
    {
        var doc = Run("Intro line.\n\nThe **Bicentennial Framework** guides our cooperation.\n\n**This whole sentence is bold and ends with a period.**\n");
        Assert.DoesNotContain(doc.Sections, s => s.Heading is not null && !s.HeadingInferred);
        Assert.Contains("The Bicentennial Framework guides our cooperation.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ABoldLeadInSentenceEndingInAColonIsNotAHeading()
    {
        var doc = Run("Intro line.\n\n**In a welcome letter to visitors at the beginning of the guidebook, the President and First Lady write:**\n\n-   A first item.\n");
        Assert.DoesNotContain(doc.Sections, s => s.Heading is not null && !s.HeadingInferred);
    }

    [Fact]
    public void TheBodyRepeatingTheTitleAsItsFirstHeadingIsTheTitleNotASection()
    {
        var doc = Run("---\ntitle: \"FACT SHEET: Results for Working Families\"\n---\n\n**FACT SHEET: Results for Working Families**\n\nThe agencies met.\n\n**Got People Back to Work**\n\n-   Jobs grew.\n");
        Assert.Equal("FACT SHEET: Results for Working Families", doc.Metadata.Title);
        Assert.Equal(["Got People Back to Work"], doc.Sections.Where(s => !s.HeadingInferred && s.Heading is not null).Select(s => s.Heading!));
    }

    [Fact]
    public void NestedListItemsAreBulletsAndWrappedItemsAreOneBullet()
    {
        var doc = Run("Intro.\n\n-   ATF led 12 investigations that\n    resulted in 40 arrests.\n    -   One case in\n        Texas.\n    -   Two cases in Arizona.\n-   A last item.\n");
        var bullets = doc.Blocks.Where(b => b.Kind == BlockKind.Bullet).Select(b => doc.Slice(b.Span)).ToList();
        Assert.Equal(["ATF led 12 investigations that resulted in 40 arrests.", "One case in Texas.", "Two cases in Arizona.", "A last item."], bullets);
    }

    [Theory]
    [InlineData("Read the [National Drug Control Strategy](https://example.gov/2022/04/strategy-2022.pdf) today.", "Read the National Drug Control Strategy today.")]
    [InlineData("See ![A chart of 2023 seizures](https://example.gov/wp-content/uploads/2023/05/chart-1024x768.png) here.", "See here.")]
    [InlineData("Visit <https://example.gov/2024/05/06/page/> now.", "Visit now.")]
    [InlineData("The <img src=\"a-300x200.jpg\" srcset=\"a-300x200.jpg 300w, a-1024x683.jpg 1024w\"> office opened.", "The office opened.")]
    [InlineData("Go to https://www.example.gov/2023/10/05/fact-sheet/ for more.", "Go to for more.")]
    [InlineData("NOAA [allocated $60\n    million](https://example.gov/page#:~:text=Hatcheries%20(%2460,in%20Basin.) in funding.", "NOAA allocated $60 million in funding.")]
    public void LinkTextIsKeptWhileTargetsImagesAndMarkupAreDropped(string markdown, string expected)
    {
        var doc = Run("Opening.\n\n" + markdown + "\n");
        Assert.Equal(expected, string.Join(' ', doc.Blocks.Last().Span.Slice(doc.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("Today, Secretary Blinken and Secretary Mayorkas met with their Mexican counterparts.", "2022-10-13")]
    [InlineData("The framework guides us. The secretaries discussed it with Mexican counterparts today, after meeting the President.", "2022-10-13")]
    [InlineData("On October 5, the delegations met in Mexico City.", "2022-10-05")]
    [InlineData("On December 15, the delegations met in Mexico City. The next review is set for January 10, 2023.", "2021-12-15")]
    public void TheMeetingDateIsReadAgainstThePublishedDate(string opening, string expected)
    {
        var doc = Run($"---\ndate: '2022-10-13'\ntitle: A Release\n---\n\n{opening}\n\n**Public Health**\n\n-   The agencies seized 1,200 pounds.\n");
        Assert.Equal(expected, doc.Metadata.MeetingDate);
    }

    [Fact]
    public void TheEndMarkIsChrome()
    {
        var doc = Run("---\ntitle: A Release\n---\n\nThe agencies met.\n\n\\###\n");
        Assert.DoesNotContain("#", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Boilerplate, b => b.Text == "###");
    }

    [Fact]
    public void AHardLineBreakKeepsTheDatelineOnItsOwnLine()
    {
        var doc = Run("President Joe Biden  \nSeptember 27, 2021\n\nToday, the agencies met.\n");
        Assert.Contains("President Joe Biden\nSeptember 27, 2021", doc.Text, StringComparison.Ordinal);
        Assert.Equal("md", doc.Source.Format);
    }
}
