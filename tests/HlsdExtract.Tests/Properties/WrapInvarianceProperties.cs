using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TestData = HlsdExtract.Tests.Support.TestData;
using HlsdExtract.Contracts;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Properties;

/// <summary>
/// Hard wrapping changes nothing: the seed and the 2022 fact sheet re-wrapped at any width from 50
/// to 100 (bullets with hanging indents) give the same blocks, sentences and figure, date and
/// entity rows as the unwrapped text.
/// </summary>
public sealed class WrapInvarianceProperties
{
    private static readonly ExtractionPipeline Pipeline = PipelineBuilder.CreateDefault().Build();

    private static readonly Lazy<(string Text, Document Doc)> Seed = new(() => Unwrapped(TestData.ReadText(TestData.Seed)));

    /// <summary>The fact sheet as the plain text its Markdown reads to: one line per paragraph, heading or bullet.</summary>
    private static readonly Lazy<(string Text, Document Doc)> FactSheet = new(() =>
        Unwrapped(TestData.Run("corpus/readouts/2022-10-13-hlsd-second-meeting-fact-sheet.md").Text));

    private static Arbitrary<int> Widths() => Gen.Choose(50, 100).ToArbitrary();

    [Property(MaxTest = 8)]
    public Property TheSeedRewrappedReadsAsTheSeed() =>
        Prop.ForAll(Widths(), width => AssertSame(Seed.Value.Doc, Run(Wrap(Seed.Value.Text, width)), width));

    [Property(MaxTest = 8)]
    public Property TheFactSheetRewrappedReadsAsTheFactSheet() =>
        Prop.ForAll(Widths(), width => AssertSame(FactSheet.Value.Doc, Run(Wrap(FactSheet.Value.Text, width)), width));

    [Fact]
    public void RewrappingReallyBreaksTheLines()
    {
        var wrapped = Wrap(FactSheet.Value.Text, 72);
        Assert.True(wrapped.Split('\n').Length > 2 * FactSheet.Value.Text.Split('\n').Length);
        Assert.All(wrapped.Split('\n'), line => Assert.True(line.Length <= 72 || !line.Contains(' ', StringComparison.Ordinal), line));
    }

    private static (string Text, Document Doc) Unwrapped(string text) => (text, Run(text));

    private static Document Run(string text) => Pipeline.Run(new RawInput("wrapped.txt", Encoding.UTF8.GetBytes(text)));

    private static void AssertSame(Document expected, Document actual, int width)
    {
        Assert.True(Rows(expected).SequenceEqual(Rows(actual)), $"width {width}: " + FirstDifference(Rows(expected), Rows(actual)));
        SpanInvariants.AssertHold(actual);
    }

    private static string FirstDifference(List<string> a, List<string> b)
    {
        var i = 0;
        while (i < a.Count && i < b.Count && a[i] == b[i])
        {
            i++;
        }

        return $"row {i}: expected {(i < a.Count ? a[i] : "<end>")} | actual {(i < b.Count ? b[i] : "<end>")}";
    }

    /// <summary>Blocks, sentences and the figure, date and entity rows, each with its text.</summary>
    private static List<string> Rows(Document doc) =>
    [
        .. doc.Sections.Select(s => $"section {s.Heading}"),
        .. doc.Blocks.Select(b => $"block {b.Kind} {doc.Slice(b.Span)}"),
        .. doc.Sentences.Select(s => $"sentence {doc.Slice(s.Span)}"),
        .. doc.Quantities.Select(q => $"quantity {q.Text}|{q.Value}|{q.Unit}|{q.Item}|{q.Operation}"),
        .. doc.Dates.Select(d => $"date {d.Text}|{d.Normalized}|{d.Kind}"),
        .. doc.Entities.Select(e => $"entity {e.Text}|{e.Type}|{e.Canonical}"),
        $"title {doc.Metadata.Title}",
        $"meeting {doc.Metadata.MeetingDate}",
    ];

    /// <summary>Greedy wrap of every line at <paramref name="width"/>; a bullet's continuation lines hang under its text.</summary>
    internal static string Wrap(string text, int width)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var indent = line.Length - line.TrimStart().Length;
            var body = line.TrimStart();
            var hanging = new string(' ', indent + (body.StartsWith("• ", StringComparison.Ordinal) ? 2 : 0));
            var current = new StringBuilder(line[..indent]);
            var empty = true;
            foreach (var word in body.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!empty && current.Length + 1 + word.Length > width)
                {
                    sb.Append(current).Append('\n');
                    current.Clear().Append(hanging);
                    empty = true;
                }

                current.Append(empty ? string.Empty : " ").Append(word);
                empty = false;
            }

            sb.Append(current).Append('\n');
        }

        return sb.ToString(0, sb.Length - 1);
    }
}
