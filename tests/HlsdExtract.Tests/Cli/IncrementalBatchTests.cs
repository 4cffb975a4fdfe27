using Serilog.Core;
using HlsdExtract.Batch;
using HlsdExtract.Cli;
using HlsdExtract.Pipeline;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>Re-runs redo only what changed, and the number of workers never changes a byte.</summary>
[Collection("cli")]
public sealed class IncrementalBatchTests
{
    private static readonly BatchRunner Runner = new(PipelineBuilder.CreateDefault().Build(), Logger.None);

    [Fact]
    public void ARerunProcessesNothingAndRewritesNothing()
    {
        using var corpus = new CorpusFolder();
        var output = corpus.Output("out");
        var first = Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output });
        Assert.Equal(corpus.Count, first.Extracted);
        var times = CorpusFolder.Times(output);
        Thread.Sleep(50);

        var second = Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output });

        Assert.Equal((0, corpus.Count, 0), (second.Extracted, second.Reused, second.Errors.Count));
        Assert.Equal(times, CorpusFolder.Times(output));
    }

    [Fact]
    public void AfterOneInputChangesOnlyItIsRedone()
    {
        using var corpus = new CorpusFolder();
        var output = corpus.Output("out");
        Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output });
        var times = CorpusFolder.Times(output);
        var seed = Path.Combine(corpus.Input, Path.GetFileName(TestData.Seed));
        File.AppendAllText(seed, "\n• CBP seized 7,777 pounds of cocaine in a new operation.\n");
        Thread.Sleep(50);

        var result = Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output });

        Assert.Equal((1, corpus.Count - 1), (result.Extracted, result.Reused));
        var after = CorpusFolder.Times(output);
        var changed = after.Keys.Where(k => !times.TryGetValue(k, out var t) || t != after[k]).ToList();
        Assert.Contains("quantities.csv", changed);
        Assert.Single(changed, c => c.EndsWith(".json", StringComparison.Ordinal) && !c.StartsWith(".hlsd", StringComparison.Ordinal));
        Assert.Contains(",7777,", File.ReadAllText(Path.Combine(output, "quantities.csv")), StringComparison.Ordinal);
        Assert.Equal(times.Count, after.Count);
    }

    [Fact]
    public void ARemovedInputDropsOutOfEveryOutput()
    {
        using var corpus = new CorpusFolder();
        var output = corpus.Output("out");
        Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output });
        File.Delete(Path.Combine(corpus.Input, Path.GetFileName(TestData.Seed)));

        var result = Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output });

        Assert.Equal((0, corpus.Count - 1, 1), (result.Extracted, result.Reused, result.Dropped));
        Assert.Equal(corpus.Count - 1, Directory.GetFiles(output, "*.json").Length);
        foreach (var csv in new[] { "documents.csv", "blocks.csv", "quantities.csv", "entities.csv", "dates.csv" })
        {
            Assert.DoesNotContain("2023-10-05-hlsd-third-meeting", File.ReadAllText(Path.Combine(output, csv)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ForceRedoesEveryInputButWritesTheSameBytes()
    {
        using var corpus = new CorpusFolder();
        var output = corpus.Output("out");
        Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output });
        var before = CorpusFolder.Snapshot(output);

        var result = Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output, Force = true });

        Assert.Equal((corpus.Count, 0), (result.Extracted, result.Reused));
        Assert.Equal(before, CorpusFolder.Snapshot(output));
    }

    [Fact]
    public void OneJobAndFourJobsGiveByteIdenticalOutputFolders()
    {
        using var corpus = new CorpusFolder(variedCopies: 40);
        var one = corpus.Output("one");
        var four = corpus.Output("four");

        Assert.Equal(0, CliApp.Run(["extract", corpus.Input, "-o", one, "--jobs", "1", "--quiet"]));
        Assert.Equal(0, CliApp.Run(["extract", corpus.Input, "-o", four, "--jobs", "4", "--quiet"]));

        var a = CorpusFolder.Snapshot(one);
        var b = CorpusFolder.Snapshot(four);
        // A JSON per document, six CSV tables, the manifest, the lock file and the output-folder marker.
        Assert.Equal(corpus.Count + 6 + 3, a.Count(f => !f.Key.StartsWith(".hlsd/rows", StringComparison.Ordinal)));
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a.Keys, k => Assert.True(a[k].AsSpan().SequenceEqual(b[k]), $"{k} differs"));
    }
}
