using HlsdExtract.Cli;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>The <c>hlsd extract</c> command, run in-process on temporary folders.</summary>
[Collection("cli")]
public sealed class ExtractCommandTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("hlsd-cli").FullName;

    [Fact]
    public void ExtractingTheCorpusWritesJsonPerDocumentAndEveryCsv()
    {
        var output = TempDir();
        var exit = CliApp.Run(["extract", TestData.PathOf("corpus"), "-o", output, "--quiet"]);
        Assert.Equal(0, exit);
        Assert.Equal(TestData.CorpusDocuments().Count(), Directory.GetFiles(output, "*.json").Length);
        foreach (var csv in new[] { "documents.csv", "blocks.csv", "entities.csv", "dates.csv", "quantities.csv", "errors.csv" })
        {
            Assert.True(File.Exists(Path.Combine(output, csv)), csv);
        }

        Assert.Equal("path,stage,message", File.ReadAllText(Path.Combine(output, "errors.csv")).TrimEnd());
        var expectedHeaders = new Dictionary<string, string>
        {
            ["entities.csv"] = "doc_id,block_id,type,text,canonical,acronym,country,start,end,source,confidence",
            ["dates.csv"] = "doc_id,block_id,text,normalized,kind,range_start,range_end,start,end",
            ["quantities.csv"] = "doc_id,heading,topic,goal,block_id,text,value,unit,item,qualifier,operation,agencies,period,start,end",
            ["blocks.csv"] = "doc_id,section_id,heading,heading_inferred,topic,goal,block_id,kind,start,end,text",
        };
        foreach (var (file, header) in expectedHeaders)
        {
            var lines = File.ReadAllLines(Path.Combine(output, file));
            Assert.StartsWith(header, lines[0], StringComparison.Ordinal);
            Assert.True(lines.Length > 20, $"{file} has {lines.Length} lines");
        }

        var quantities = File.ReadAllLines(Path.Combine(output, "quantities.csv"));
        Assert.Contains(quantities, l => l.Contains(",803,count,investigations,,Operation Without a Trace,", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(output, "*.tmp-hlsd", SearchOption.AllDirectories));
    }

    [Fact]
    public void AMissingInputIsAnErrorRowAndExitCodeTwo()
    {
        var output = TempDir();
        var exit = CliApp.Run(["extract", TestData.PathOf(TestData.Seed), Path.Combine(output, "nope.txt"), "-o", output, "--quiet"]);
        Assert.Equal(2, exit);
        var errors = File.ReadAllLines(Path.Combine(output, "errors.csv"));
        Assert.Equal(2, errors.Length);
        Assert.Contains("nope.txt", errors[1]);
        Assert.Single(Directory.GetFiles(output, "*.json"));
    }

    [Fact]
    public void ABadOptionIsAUsageErrorWithExitCodeOne()
    {
        Assert.Equal(1, CliApp.Run(["extract", TestData.PathOf(TestData.Seed), "--format", "xml", "-o", TempDir()]));
        Assert.Equal(1, CliApp.Run(["extract"]));
        Assert.Equal(1, CliApp.Run(["extract", TestData.PathOf(TestData.Seed), "--jobs", "zero"]));
        Assert.Equal(1, CliApp.Run(["extract", TestData.PathOf(TestData.Seed), "--jobs", "0", "-o", TempDir()]));
    }

    [Fact]
    public void OnlyTheRequestedFormatIsWritten()
    {
        var output = TempDir();
        Assert.Equal(0, CliApp.Run(["extract", TestData.PathOf(TestData.Seed), "-o", output, "--format", "json", "--quiet"]));
        Assert.Single(Directory.GetFiles(output, "*.json"));
        Assert.Empty(Directory.GetFiles(output, "*.csv"));
    }
}
