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
        Assert.Equal(13, Directory.GetFiles(output, "*.json").Length);
        foreach (var csv in new[] { "documents.csv", "blocks.csv", "entities.csv", "dates.csv", "quantities.csv", "errors.csv" })
        {
            Assert.True(File.Exists(Path.Combine(output, csv)), csv);
        }

        Assert.Equal("path,stage,message", File.ReadAllText(Path.Combine(output, "errors.csv")).TrimEnd());
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
