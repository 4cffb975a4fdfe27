using Serilog.Core;
using HlsdExtract.Batch;
using HlsdExtract.Pipeline;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>A re-run that fails on an input never costs the analyst that input's earlier result.</summary>
[Collection("cli")]
public sealed class EarlierResultsTests
{
    private static readonly BatchRunner Runner = new(PipelineBuilder.CreateDefault().Build(), Logger.None);

    [Theory]
    [InlineData("binary")]
    [InlineData("too large")]
    public void AnInputThatFailsOnARerunKeepsItsEarlierJsonAndRowsMarkedStale(string failure)
    {
        using var corpus = new CorpusFolder();
        var output = corpus.Output("out");
        var seed = Path.Combine(corpus.Input, Path.GetFileName(TestData.Seed));
        var good = File.ReadAllBytes(seed);
        Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output });
        var before = CorpusFolder.Snapshot(output);
        var options = new BatchOptions { OutputDirectory = output, MaxInputBytes = failure == "too large" ? good.Length - 1 : BatchOptions.DefaultMaxInputBytes };
        File.WriteAllBytes(seed, failure == "binary" ? [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3] : [.. good, .. "\nMore.\n"u8]);

        var result = Runner.Run([corpus.Input], options);

        Assert.Equal((1, 1, 0), (result.Errors.Count, result.Kept, result.Dropped));
        var after = CorpusFolder.Snapshot(output);
        foreach (var file in before.Keys.Where(k => k.EndsWith(".json", StringComparison.Ordinal) && !k.StartsWith(".hlsd", StringComparison.Ordinal)))
        {
            Assert.True(after.TryGetValue(file, out var bytes) && bytes.AsSpan().SequenceEqual(before[file]), $"{file} changed or went");
        }

        foreach (var table in new[] { "documents.csv", "blocks.csv", "quantities.csv", "entities.csv", "dates.csv" })
        {
            Assert.True(before[table].AsSpan().SequenceEqual(after[table]), $"{table} lost rows");
        }

        var manifest = File.ReadAllText(Manifest.PathIn(output));
        Assert.Contains("\"stale\": true", manifest, StringComparison.Ordinal);
        Assert.Single(Manifest.Load(output, PipelineVersion.Current).Entries.Values, e => e.Stale && e.Path == seed);
        Assert.Contains("2023-10-05-hlsd-third-meeting", File.ReadAllText(Path.Combine(output, "errors.csv")), StringComparison.Ordinal);

        File.WriteAllBytes(seed, good);
        var restored = Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output });
        Assert.Equal((0, corpus.Count, 0), (restored.Extracted, restored.Reused, restored.Errors.Count));
        Assert.DoesNotContain("stale", File.ReadAllText(Manifest.PathIn(output)), StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentOverTheOutputLimitIsAnErrorRowAndWritesNothing()
    {
        using var corpus = new CorpusFolder();
        var output = corpus.Output("out");

        var result = Runner.Run([Path.Combine(corpus.Input, Path.GetFileName(TestData.Seed))], new BatchOptions { OutputDirectory = output, MaxOutputBytes = 16 * 1024 });

        var error = Assert.Single(result.Errors);
        Assert.Equal("output", error.Stage);
        Assert.Contains("per-document output limit", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output, "*.json"));
        Assert.Empty(Directory.GetFiles(output, "*.tmp-hlsd", SearchOption.AllDirectories));
    }
}
