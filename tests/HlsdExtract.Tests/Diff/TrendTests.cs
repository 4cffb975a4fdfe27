using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using HlsdExtract.Cli;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Diff;

/// <summary>
/// <c>hlsd trend</c> over the real 2021, 2022 and 2023 readouts (given out of order): a row per fact
/// aligned across years, exactly the confident pairs of the year-to-year diffs, in CSV, XLSX and a
/// self-contained HTML page that headless Chromium draws with one chart per fact.
/// </summary>
[Collection("cli")]
public sealed class TrendTests
{
    private static readonly string[] Readouts = ["corpus/readouts/2021-10-08-hlsd-fact-sheet.md", RealPairDiffTests.Older, TestData.Seed];
    private static readonly string[] Years = ["2021", "2022", "2023"];

    private static readonly Lazy<string> Output = new(() =>
    {
        var output = Directory.CreateTempSubdirectory("hlsd-trend").FullName;
        Assert.Equal(0, CliApp.Run(["trend", TestData.PathOf(Readouts[2]), TestData.PathOf(Readouts[0]), TestData.PathOf(Readouts[1]), "-o", output, "--xlsx", "--quiet"]));
        for (var i = 0; i + 1 < Readouts.Length; i++)
        {
            Assert.Equal(0, CliApp.Run(["diff", TestData.PathOf(Readouts[i]), TestData.PathOf(Readouts[i + 1]), "-o", Path.Combine(output, "diff" + i), "--quiet"]));
        }

        return output;
    });

    [Fact]
    public void TheTrendFolderIsMarkedSoItsPageIsNeverReadBackAsAReadout()
    {
        Assert.True(HlsdExtract.Batch.OutputFolder.IsMarked(Output.Value));
    }

    private static List<Dictionary<string, string>> Rows => CsvFile.Read(Path.Combine(Output.Value, "trend.csv"));

    private static string Html => File.ReadAllText(Path.Combine(Output.Value, "trend.html"));

    [Fact]
    public void EveryRowIsAFactWithValuesInTwoOrMoreYears()
    {
        Assert.NotEmpty(Rows);
        Assert.All(Rows, r => Assert.True(Years.Count(y => r[y].Length > 0) >= 2, string.Join(",", r.Values)));
        Assert.Contains(Rows, r => r["item"] == "community coalitions" && (r["2022"], r["2023"]) == ("745", "751"));
    }

    [Fact]
    public void ConsecutiveYearsHoldExactlyTheConfidentPairsOfTheirDiff()
    {
        for (var i = 0; i + 1 < Years.Length; i++)
        {
            var diff = CsvFile.Read(Path.Combine(Output.Value, "diff" + i, "diff.csv"))
                .Where(r => r["status"] is "changed" or "unchanged").Select(r => (r["unit"], r["older_value"], r["newer_value"])).Order().ToList();
            var trend = Rows.Where(r => r[Years[i]].Length > 0 && r[Years[i + 1]].Length > 0).Select(r => (r["unit"], r[Years[i]], r[Years[i + 1]])).Order().ToList();
            Assert.Equal(diff, trend);
        }
    }

    [Fact]
    public void TheWorkbookIsValidWithANumericColumnPerYear()
    {
        using var doc = SpreadsheetDocument.Open(Path.Combine(Output.Value, "trend.xlsx"), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        Assert.Equal("Trend", sheet.Name!.Value);
        var rows = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        var header = rows[0].Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList();
        Assert.All(Years, y => Assert.Contains(y, header));
        Assert.Equal(Rows.Count, rows.Count - 1);
        var coalitions = rows.Single(r => r.Any(c => c.InlineString?.InnerText == "community coalitions"));
        var cell = coalitions[header.IndexOf("2023")];
        Assert.Null(cell.InlineString);
        Assert.Equal("751", cell.CellValue!.Text);
    }

    [Fact]
    public void ThePageHasOneInlineChartPerFactAndFetchesNothing()
    {
        Assert.Equal(Rows.Count, Regex.Count(Html, "<svg [^>]*class=\"trend\""));
        SelfContainedPage.AssertFetchesNothing(Html);
    }

    [SkippableFact]
    public void HeadlessChromiumDrawsOneChartPerFact()
    {
        Skip.IfNot(HeadlessChromium.Installed, HeadlessChromium.SkipReason);
        var height = 260 + (Rows.Count + 2) / 3 * 240;
        var image = HeadlessChromium.Screenshot(Path.Combine(Output.Value, "trend.html"), 1100, height);
        Assert.Equal(Rows.Count, CountPanels(image));
    }

    /// <summary>Connected areas of the chart panel colour (#e8f0fe) of at least 10,000 pixels: one per drawn chart.</summary>
    private static int CountPanels(PngImage image)
    {
        var seen = new bool[image.Width, image.Height];
        var panels = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (!seen[x, y] && IsPanel(image, x, y) && Fill(image, seen, x, y) >= 10_000)
                {
                    panels++;
                }
            }
        }

        return panels;
    }

    private static int Fill(PngImage image, bool[,] seen, int x0, int y0)
    {
        var stack = new Stack<(int X, int Y)>([(x0, y0)]);
        seen[x0, y0] = true;
        var size = 0;
        while (stack.TryPop(out var p))
        {
            size++;
            foreach (var (x, y) in new[] { (p.X + 1, p.Y), (p.X - 1, p.Y), (p.X, p.Y + 1), (p.X, p.Y - 1) })
            {
                if (x >= 0 && y >= 0 && x < image.Width && y < image.Height && !seen[x, y] && IsPanel(image, x, y))
                {
                    seen[x, y] = true;
                    stack.Push((x, y));
                }
            }
        }

        return size;
    }

    private static bool IsPanel(PngImage image, int x, int y)
    {
        var (r, g, b) = image[x, y];
        return Math.Abs(r - 0xe8) <= 4 && Math.Abs(g - 0xf0) <= 4 && Math.Abs(b - 0xfe) <= 4;
    }
}
