using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HlsdExtract.Contracts;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Properties;

/// <summary>
/// Ingest and segmentation are total: any string or bytes give a document whose spans all lie in
/// its text, or a clear ingest error for input that is not text at all.
/// </summary>
public sealed class IngestProperties
{
    private static readonly ExtractionPipeline Pipeline = PipelineBuilder.CreateDefault().Build();

    /// <summary>Pieces of real readouts (headings, bullets, figures, dates, chrome, odd spacing) glued at random.</summary>
    private static readonly string[] Fragments =
    [
        "Public Health", "• ", "- ", "1. ", "\n", "\n\n", "\r\n", "\r", "\t", " ", "\u00a0", "\u200b", "\u2022", "“", "”", "’",
        "CBP seized 1,234 pounds of fentanyl", "$4.5 million", "in FY 2023", "between January and March 2024", "since October 2022",
        "The Drug Enforcement Administration (DEA)", "Operation Blue Lotus", "Secretary Blinken", "(", ")", ".", ",", ";", ":",
        "Share this page", "Home > Reports", "seo servicesseo services", "https://www.state.gov/x/", "Washington, DC 72°F",
        "Latest stories", "October 5, 2023", "12%", "three", "40 officers", "U.S.", "Mexico's", "e.g.", "Dr.", "—", "-", "'", "\"",
        "\ud83d\ude00", "\ud800", "\udfff", "=SUM(A1)", "<b>", "&amp;", "A", "a", "0", "9",
    ];

    private static Arbitrary<string> ReadoutLike() =>
        GluedText.Of(Fragments);

    /// <summary>A document whose spans hold, or a clear ingest error (binary-looking input); never any other exception.</summary>
    private static void HoldsOrFailsInIngest(Func<Document> run)
    {
        try
        {
            SpanInvariants.AssertHold(run());
        }
        catch (PipelineException ex)
        {
            Assert.Equal("ingest", ex.Stage);
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        }
    }

    [Property(MaxTest = 300)]
    public Property AnyStringGivesADocumentWhoseSpansStayInItsText() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            HoldsOrFailsInIngest(() => Pipeline.RunText(text ?? string.Empty));
        });

    [Property(MaxTest = 300)]
    public Property AnyReadoutLikeTextGivesADocumentWhoseSpansStayInItsText() =>
        Prop.ForAll(ReadoutLike(), text =>
        {
            HoldsOrFailsInIngest(() => Pipeline.RunText(text));
        });

    [Property(MaxTest = 200)]
    public Property AnyBytesUnderAnyReaderEitherGiveADocumentOrAPipelineError() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), Gen.Elements("x.txt", "x.html", "x.pdf").ToArbitrary(), (bytes, name) =>
        {
            var input = name == "x.pdf" ? Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(bytes ?? []).ToArray() : bytes ?? [];
            HoldsOrFailsInIngest(() => Pipeline.Run(new RawInput(name, input)));
        });

    [Property(MaxTest = 200)]
    public Property ReadoutLikeHtmlGivesADocumentWhoseSpansStayInItsText() =>
        Prop.ForAll(ReadoutLike(), text =>
        {
            var html = "<html><body><h2>" + text + "</h2><ul><li>" + text.Replace("\n", "</li><li>", StringComparison.Ordinal) + "</li></ul><p>" + text + "</p></body></html>";
            HoldsOrFailsInIngest(() => Pipeline.Run(new RawInput("x.html", Encoding.UTF8.GetBytes(html))));
        });
}
