using HlsdExtract.Contracts;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Ingest;

/// <summary>The seed and the 2022 fact sheet rendered as a web page and as a PDF read back to the same structure and figures.</summary>
public sealed class RenderedSeedTests
{
    private static readonly ExtractionPipeline Pipeline = PipelineBuilder.CreateDefault().Build();

    private static Document Seed => TestData.Run(TestData.Seed);

    [Fact]
    public void HtmlRenderingGivesTheSameBulletsAndQuantitiesAsTheText()
    {
        var html = Renderings.Html(Seed, "https://www.state.gov/third-hlsd", "2023-10-06");
        var doc = Pipeline.Run(new RawInput("seed.html", System.Text.Encoding.UTF8.GetBytes(html)));

        AssertSameContent(Seed, doc, s => s);
        Assert.Equal("html", doc.Source.Format);
        Assert.Equal("https://www.state.gov/third-hlsd", doc.Metadata.SourceUrl);
        Assert.Equal("2023-10-06", doc.Metadata.PublishedDate);
        Assert.Equal(Seed.Metadata.MeetingDate, doc.Metadata.MeetingDate);
        Assert.DoesNotContain("Skip to main content", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("injected", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden promo", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related Articles", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfRenderingGivesTheSameBulletsAndQuantitiesAsTheText()
    {
        var doc = Pipeline.Run(new RawInput("seed.pdf", Renderings.Pdf(Seed)));

        AssertSameContent(Seed, doc, Renderings.Fold);
        Assert.Equal("pdf", doc.Source.Format);
        Assert.Equal(Seed.Metadata.MeetingDate, doc.Metadata.MeetingDate);
    }

    private static Document FactSheet => TestData.Run("corpus/readouts/2022-10-13-hlsd-second-meeting-fact-sheet.md");

    [Fact]
    public void TheFactSheetAsAWebPageGivesTheBlocksAndFiguresOfItsMarkdown()
    {
        var html = Renderings.Html(FactSheet, "https://www.state.gov/second-hlsd", "2022-10-13");
        var doc = Pipeline.Run(new RawInput("fact-sheet.html", System.Text.Encoding.UTF8.GetBytes(html)));

        AssertSameContent(FactSheet, doc, s => s);
        Assert.Equal(FactSheet.Metadata.MeetingDate, doc.Metadata.MeetingDate);
    }

    [Fact]
    public void TheFactSheetAsAPdfGivesTheBlocksAndFiguresOfItsMarkdown()
    {
        var doc = Pipeline.Run(new RawInput("fact-sheet.pdf", Renderings.Pdf(FactSheet)));

        AssertSameContent(FactSheet, doc, Renderings.Fold);
    }

    /// <summary><paramref name="fold"/> maps the text's letters to those the rendering could show.</summary>
    private static void AssertSameContent(Document expected, Document actual, Func<string, string> fold)
    {
        Assert.Equal(fold(expected.Metadata.Title!), actual.Metadata.Title);
        AssertSameLines(Bullets(expected).Select(fold).ToList(), Bullets(actual));
        Assert.Equal(string.Join(" | ", Headings(expected)), string.Join(" | ", Headings(actual)));
        AssertSameLines(Quantities(expected).Select(fold).ToList(), Quantities(actual));
    }

    private static void AssertSameLines(List<string> expected, List<string> actual)
    {
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.True(expected[i] == actual[i], $"line {i}:\nexpected {expected[i]}\nactual   {actual[i]}");
        }

        Assert.Equal(expected.Count, actual.Count);
    }

    private static List<string> Bullets(Document doc) =>
        doc.Sections.SelectMany(s => s.Blocks).Where(b => b.Kind == BlockKind.Bullet).Select(b => doc.Slice(b.Span)).ToList();

    private static List<string?> Headings(Document doc) => doc.Sections.Select(s => s.Heading).ToList();

    private static List<string> Quantities(Document doc) =>
        doc.Quantities.Select(q => $"{q.Text}|{q.Value}|{q.Unit}|{q.Item}|{q.Operation}").ToList();
}
