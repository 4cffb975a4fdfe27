using HlsdExtract.Batch;
using HlsdExtract.Export.Csv;
using HlsdExtract.Export.Json;
using HlsdExtract.Export.Workbook;

namespace HlsdExtract.Tests.Export;

/// <summary>The registered output formats: one list, one name each, chosen by name in the list's order.</summary>
public sealed class OutputFormatListTests
{
    [Fact]
    public void TheListHoldsJsonCsvAndTheWorkbookOnceEach()
    {
        Assert.Equal(["json", "csv", "xlsx"], OutputFormatList.All.Select(f => f.Name));
        Assert.Equal([typeof(JsonFormat), typeof(CsvFormat), typeof(XlsxFormat)], OutputFormatList.All.Select(f => f.GetType()));
    }

    [Fact]
    public void ExtractWritesJsonAndCsvWhenNoFormatIsNamed() =>
        Assert.Equal(["json", "csv"], OutputFormatList.Default.Select(f => f.Name));

    [Theory]
    [InlineData("csv", "csv")]
    [InlineData("xlsx,json", "json,xlsx")]
    [InlineData(" CSV , json ,csv", "json,csv")]
    [InlineData("json,csv,xlsx", "json,csv,xlsx")]
    public void NamedFormatsComeInTheListsOrderWhateverTheOrderAndCaseTheyAreNamedIn(string names, string expected) =>
        Assert.Equal(expected, string.Join(",", OutputFormatList.TryNamed(names.Split(','))!.Select(f => f.Name)));

    [Theory]
    [InlineData("")]
    [InlineData(" , ")]
    [InlineData("json,parquet")]
    [InlineData("jsonl")]
    public void AnUnknownOrMissingFormatNameIsRefused(string names)
    {
        Assert.Null(OutputFormatList.TryNamed(names.Split(',')));
        Assert.Throws<ArgumentException>(() => OutputFormatList.Named(names.Split(',')));
    }

    [Fact]
    public void OnlyTheJsonFormatKeepsAFilePerDocument()
    {
        var perDocument = OutputFormatList.All.Where(f => f.DocumentFiles("out", "doc-1").Count > 0).ToList();
        var json = Assert.Single(perDocument);
        Assert.Equal([Path.Combine("out", "doc-1.json")], json.DocumentFiles("out", "doc-1"));
    }
}
