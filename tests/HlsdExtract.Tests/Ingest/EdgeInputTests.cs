using System.Text;
using HlsdExtract.Contracts;
using HlsdExtract.Ingest;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Ingest;

/// <summary>Inputs without the usual shape still give a sensible document and never throw.</summary>
public sealed class EdgeInputTests
{
    private static readonly ExtractionPipeline Pipeline = PipelineBuilder.CreateDefault().Build();

    private static Document Run(byte[] bytes, string name = "edge.txt") => Pipeline.Run(new RawInput(name, bytes));

    [Fact]
    public void AnEmptyFileGivesAnEmptyDocument()
    {
        var doc = Run([]);
        Assert.Equal("", doc.Text);
        Assert.Empty(doc.Sections);
        Assert.Empty(doc.Boilerplate);
        Assert.Null(doc.Metadata.Title);
    }

    [Fact]
    public void TextWithNoBoilerplateKeepsEveryLine()
    {
        var doc = TestData.RunText("Quarterly Update on Border Security\n\nThe agencies met twice. They agreed on a plan.\n\nA second paragraph follows here.");
        Assert.Empty(doc.Boilerplate);
        Assert.Equal("Quarterly Update on Border Security", doc.Metadata.Title);
        Assert.Equal(2, doc.Blocks.Count());
        SpanInvariants.AssertHold(doc);
    }

    [Fact]
    public void ADatelineIsAParagraphNotAHeading()
    {
        var doc = TestData.RunText("Remarks on Border Security\n\nThe Secretary said so.\nJanuary 4, 2022\n\nMore text follows here.");
        Assert.DoesNotContain(doc.Sections, s => s.Heading == "January 4, 2022");
        Assert.Contains(doc.Dates, d => d.Normalized == "2022-01-04");
    }

    [Fact]
    public void OnlyParagraphsGoIntoOnePreambleSection()
    {
        var doc = TestData.RunText("First paragraph of the note, with a period.\n\nSecond paragraph, also with one.\n\nThird paragraph ends here.");
        var section = Assert.Single(doc.Sections);
        Assert.Null(section.Heading);
        Assert.Equal(3, section.Blocks.Count);
        Assert.All(section.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Theory]
    [InlineData("• one item here.\n• two items here.\n• three items here.")]
    [InlineData("- one item here.\n- two items here.\n- three items here.")]
    [InlineData("* one item here.\n* two items here.\n* three items here.")]
    [InlineData("1. one item here.\n2. two items here.\n3. three items here.")]
    [InlineData("· one item here.\n· two items here.\n· three items here.")]
    public void OnlyBulletsAreAllBullets(string text)
    {
        var doc = TestData.RunText(text);
        var blocks = doc.Blocks.ToList();
        Assert.Equal(3, blocks.Count);
        Assert.All(blocks, b => Assert.Equal(BlockKind.Bullet, b.Kind));
        Assert.Equal("one item here.", doc.Slice(blocks[0].Span));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void AnyLineEndingGivesTheSameDocument(string newline)
    {
        var text = string.Join(newline, "Fact Sheet on Cooperation", "", "Public Health", "", "• ONDCP announced $1 million.", "• DEA trained 40 officers.");
        var doc = TestData.RunText(text);
        Assert.DoesNotContain('\r', doc.Text);
        Assert.Equal("Public Health", Assert.Single(doc.Sections).Heading);
        Assert.Equal(2, doc.Blocks.Count());
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8-bom")]
    public void EncodedFilesDecodeToTheSameText(string encoding)
    {
        var text = "Fact Sheet on “Cooperation”\n\nSecretary Blinken met Mexico’s delegation.";
        byte[] bytes = encoding switch
        {
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        };
        var doc = Run(bytes);
        Assert.Equal("Fact Sheet on \"Cooperation\"\n\nSecretary Blinken met Mexico's delegation.", doc.Text);
        Assert.Equal(0, doc.InvalidBytes);
    }

    [Fact]
    public void InvalidBytesInAUtf8TextAreReplacedAndCounted()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Fact Sheet on “Cooperation” with Peña’s team\n\nBad "), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes(" bytes here.")];
        var doc = Run(bytes);
        Assert.True(doc.InvalidBytes >= 2);
        Assert.Contains("\uFFFD", doc.Text);
        Assert.Contains("Peña's team", doc.Text);
    }

    [Theory]
    [InlineData("Secretary Blinken met Mexico’s delegation in Peña’s office – “Cooperation”.")]
    [InlineData("La Secretaría de Relaciones Exteriores informó sobre la extradición.")]
    public void TextThatIsNotUtf8IsReadAsWindows1252(string text)
    {
        var doc = Run(CodePages.GetBytes(1252, text));
        Assert.Equal(0, doc.InvalidBytes);
        Assert.Equal(TextNormalizer.Normalize(text), doc.Text);
    }

    [Theory]
    [InlineData("<meta charset=\"iso-8859-1\">", 1252)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", 1252)]
    [InlineData("<meta charset=\"iso-8859-15\">", 28605)]
    public void AnHtmlPageIsDecodedInTheCharsetItsMetaDeclares(string meta, int codePage)
    {
        var html = "<html><head>" + meta + "<title>Extradición</title></head><body><h1>Extradición de Peña</h1><p>La Secretaría informó.</p></body></html>";
        var doc = Pipeline.Run(new RawInput("page.html", CodePages.GetBytes(codePage, html)));
        Assert.Equal(0, doc.InvalidBytes);
        Assert.Contains("La Secretaría informó.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryInputFailsInIngestWithAClearMessage()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];
        var ex = Assert.Throws<PipelineException>(() => Run(png));
        Assert.Equal("ingest", ex.Stage);
        Assert.Contains("binary", ex.Message);
    }

    [Fact]
    public void UnicodeSpacesQuotesAndBulletGlyphsAreNormalized()
    {
        var doc = TestData.RunText("Heading\u00A0Line\u00A0\u00A0\n\n   \u25AA  item\u202Fone with \u2018quotes\u2019 and\u00A0\u00A0 spaces.\u200B");
        Assert.Equal("Heading Line\n\n• item one with 'quotes' and spaces.", doc.Text);
    }
}
