using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using HlsdExtract.Cli;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Diff;

/// <summary>The analyst workbooks of <c>extract --xlsx</c> and <c>diff --xlsx</c>: valid Open XML, typed cells, frozen filtered headers.</summary>
[Collection("cli")]
public sealed class WorkbookTests
{
    private static readonly Lazy<string> Output = new(() =>
    {
        var output = Directory.CreateTempSubdirectory("hlsd-xlsx").FullName;
        Assert.Equal(0, CliApp.Run(["extract", TestData.PathOf(TestData.Seed), TestData.PathOf("corpus/readouts"), "-o", output, "--xlsx", "--quiet"]));
        Assert.Equal(0, CliApp.Run(["diff", TestData.PathOf(TestData.Seed), TestData.PathOf(TestData.Fixture), "-o", output, "--xlsx", "--quiet"]));
        return output;
    });

    [Theory]
    [InlineData("hlsd.xlsx", new[] { "Documents", "Facts", "Entities", "Dates" })]
    [InlineData("diff.xlsx", new[] { "Documents", "Facts", "Entities", "Dates", "Diff" })]
    public void TheWorkbookPassesTheOpenXmlValidatorWithItsSheets(string file, string[] sheets)
    {
        using var doc = SpreadsheetDocument.Open(Path.Combine(Output.Value, file), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        Assert.Equal(sheets, doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void FactValuesAreNumericCellsAndMeetingDatesAreDateCells()
    {
        using var doc = SpreadsheetDocument.Open(Path.Combine(Output.Value, "hlsd.xlsx"), false);
        var facts = Rows(doc, "Facts");
        var header = facts[0].Select(c => Text(c)).ToList();
        var value = header.IndexOf("value");
        var overdrive = facts.First(r => r.Any(c => Text(c) == "Operation Without a Trace") && r.Any(c => Text(c) == "investigations") && Text(r[value]) == "803");
        Assert.Equal(CellValues.Number, overdrive[value].DataType?.Value ?? CellValues.Number);
        Assert.Null(overdrive[value].InlineString);
        Assert.Equal("803", overdrive[value].CellValue!.Text);

        var documents = Rows(doc, "Documents");
        var meeting = documents[0].Select(c => Text(c)).ToList().IndexOf("meeting_date");
        var seed = documents.Single(r => r.Any(c => Text(c).StartsWith("2023-10-05-hlsd-third-meeting", StringComparison.Ordinal)));
        Assert.Equal(new DateTime(2023, 10, 5).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), seed[meeting].CellValue!.Text);
        Assert.Equal(1u, seed[meeting].StyleIndex!.Value);
    }

    [Fact]
    public void EverySheetHasAFrozenHeaderAnAutofilterAndColumnWidths()
    {
        using var doc = SpreadsheetDocument.Open(Path.Combine(Output.Value, "diff.xlsx"), false);
        foreach (var part in doc.WorkbookPart!.WorksheetParts)
        {
            var sheet = part.Worksheet;
            Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
            Assert.StartsWith("A1:", sheet.Descendants<AutoFilter>().Single().Reference!.Value, StringComparison.Ordinal);
            Assert.All(sheet.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 4, 62));
        }

        var diff = Rows(doc, "Diff");
        var header = diff[0].Select(c => Text(c)).ToList();
        var changed = diff.First(r => Text(r[header.IndexOf("status")]) == "changed");
        Assert.Equal("13000000", changed[header.IndexOf("older_value")].CellValue!.Text);
        Assert.Equal("61.5", changed[header.IndexOf("percent_change")].CellValue!.Text);
    }

    private static List<List<Cell>> Rows(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
}
