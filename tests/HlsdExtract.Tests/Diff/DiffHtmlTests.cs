using System.Text.RegularExpressions;
using HlsdExtract.Cli;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Diff;

/// <summary><c>diff.html</c> is one self-contained page; headless Chromium renders one bar per top change.</summary>
[Collection("cli")]
public sealed class DiffHtmlTests
{
    private static readonly Lazy<string> Output = new(() =>
    {
        var output = Directory.CreateTempSubdirectory("hlsd-html").FullName;
        Assert.Equal(0, CliApp.Run(["diff", TestData.PathOf(TestData.Seed), TestData.PathOf(TestData.Fixture), "-o", output, "--quiet"]));
        return output;
    });

    private static string Html => File.ReadAllText(Path.Combine(Output.Value, "diff.html"));

    [Fact]
    public void ThePageFetchesNothingAndRunsNoScript() => SelfContainedPage.AssertFetchesNothing(Html);

    [Fact]
    public void TheChartHasOneBarPerRowOfTheTopChangesTable()
    {
        Assert.Equal(10, TopRows());
        Assert.Equal(TopRows(), Regex.Count(Html, "<rect class=\"bar "));
    }

    [SkippableFact]
    public void HeadlessChromiumDrawsOneBarPerTopChange()
    {
        Skip.IfNot(HeadlessChromium.Installed, HeadlessChromium.SkipReason);
        var image = HeadlessChromium.Screenshot(Path.Combine(Output.Value, "diff.html"), 1100, 1400);
        Assert.Equal((1100, 1400), (image.Width, image.Height));
        Assert.Equal(TopRows(), CountBars(image));
    }

    /// <summary>Bands of at least 10 pixel rows that hold a run of 6+ pixels of a bar colour (text strokes are thinner).</summary>
    private static int CountBars(PngImage image)
    {
        var bars = 0;
        var band = 0;
        for (var y = 0; y < image.Height; y++)
        {
            band = HasBarRun(image, y) ? band + 1 : 0;
            if (band == 10)
            {
                bars++;
            }
        }

        return bars;
    }

    private static bool HasBarRun(PngImage image, int y)
    {
        var run = 0;
        for (var x = 0; x < image.Width; x++)
        {
            var (r, g, b) = image[x, y];
            var bar = (Near(r, 0x2e) && Near(g, 0x7d) && Near(b, 0x32)) || (Near(r, 0xc6) && Near(g, 0x28) && Near(b, 0x28));
            run = bar ? run + 1 : 0;
            if (run >= 6)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Near(byte value, int target) => Math.Abs(value - target) <= 6;

    private static int TopRows()
    {
        var table = Html[Html.IndexOf("<table class=\"top\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return Regex.Count(table, "<tr>") - 1;
    }
}
