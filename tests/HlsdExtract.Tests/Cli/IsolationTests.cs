using System.Diagnostics;
using System.Text;
using Serilog.Core;
using HlsdExtract.Batch;
using HlsdExtract.Batch.Isolation;
using HlsdExtract.Contracts;
using HlsdExtract.Pipeline;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>
/// A parser's crash, stack overflow, runaway time or memory costs one input, never the batch: PDF
/// is read in watched worker processes, and the per-document time limit holds inside the stages.
/// </summary>
[Collection("cli")]
public sealed class IsolationTests
{
    [Fact]
    public void APdfThatOverflowsTheParsersStackIsAnErrorRowAndTheBatchGoesOn()
    {
        var root = Directory.CreateTempSubdirectory("hlsd-iso").FullName;
        var input = Directory.CreateDirectory(Path.Combine(root, "in")).FullName;
        var hostile = HostilePdf.SelfReferencingResources();
        Assert.True(hostile.Length < 700, $"{hostile.Length} bytes");
        File.WriteAllBytes(Path.Combine(input, "a-self-referencing.pdf"), hostile);
        File.WriteAllBytes(Path.Combine(input, "b-seed.pdf"), Renderings.Pdf(TestData.Run(TestData.Seed)));
        File.WriteAllBytes(Path.Combine(input, "c-self-referencing.pdf"), hostile);
        File.Copy(TestData.PathOf(TestData.Seed), Path.Combine(input, "d-seed.txt"));
        var output = Path.Combine(root, "out");

        var (exit, _, stderr) = HlsdProcess.Run(null, "extract", input, "-o", output, "--jobs", "1", "--quiet");

        Assert.True(exit == 2, $"exit {exit}: {stderr}");
        var errors = CsvFile.Read(Path.Combine(output, "errors.csv"));
        Assert.Equal(["a-self-referencing.pdf", "c-self-referencing.pdf"], errors.Select(e => Path.GetFileName(e["path"])));
        Assert.All(errors, e => Assert.Contains("stack overflow", e["message"], StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("ingest", e["stage"]));
        var documents = CsvFile.Read(Path.Combine(output, "documents.csv"));
        Assert.Equal(["b-seed.pdf", "d-seed.txt"], documents.Select(d => Path.GetFileName(d["source_path"])));
        Assert.Equal(2, Directory.GetFiles(output, "*.json").Length);
    }

    [Fact]
    public void AWorkerPastTheTimeLimitIsStoppedAndTheNextInputGetsAFreshOne()
    {
        using var pool = new WorkerPool(new WorkerCommand("/bin/sh", ["-c", "sleep 60"]), new WorkerLimits(TimeSpan.FromSeconds(1), WorkerLimits.DefaultMemoryBytes));
        var input = new RawInput("slow.pdf", Encoding.ASCII.GetBytes("%PDF-1.4"));
        var clock = Stopwatch.StartNew();

        Assert.Throws<OperationCanceledException>(() => pool.Read("pdf", input));
        Assert.Throws<OperationCanceledException>(() => pool.Read("pdf", input));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed}");
        Assert.Equal(2, pool.Started);
    }

    [SkippableFact]
    public void AWorkerOverItsMemoryCeilingIsStopped()
    {
        Skip.IfNot(File.Exists("/usr/bin/python3"), "python3 plays the greedy worker");
        var greedy = new WorkerCommand("/usr/bin/python3", ["-c", "import time\nx = b'a' * (900 * 2**20)\ntime.sleep(60)"]);
        using var pool = new WorkerPool(greedy, new WorkerLimits(TimeSpan.FromSeconds(60), 64L * 1024 * 1024));

        var error = Assert.Throws<InvalidDataException>(() => pool.Read("pdf", new RawInput("big.pdf", Encoding.ASCII.GetBytes("%PDF-1.4"))));

        Assert.Contains("used more than 320 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDocumentTimeLimitHoldsInsideTheStages()
    {
        var root = Directory.CreateTempSubdirectory("hlsd-slow").FullName;
        var path = Path.Combine(root, "slow.txt");
        File.WriteAllText(path, "Slow readout\n\n" + string.Join("\n\n", Enumerable.Range(0, 150_000).Select(i => $"CBP seized {i} kilograms of cocaine on March 3, 2023.")));
        var runner = new BatchRunner(PipelineBuilder.CreateDefault().Build(), Logger.None);
        var clock = Stopwatch.StartNew();

        var result = runner.Run([path], new BatchOptions { OutputDirectory = Path.Combine(root, "out"), DocumentTimeout = TimeSpan.FromSeconds(1) });

        Assert.Equal("timeout", Assert.Single(result.Errors).Stage);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"abandoned after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void SegmentingSixHundredThousandShortLinesTakesSecondsNotMinutes()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 600_000).Select(i => $"Short line {i}."));
        var structure = PipelineBuilder.CreateStructure(topicClassifier: null).Build();
        var clock = Stopwatch.StartNew();

        var document = structure.RunText(text);

        Assert.InRange(document.Sections.Sum(s => s.Blocks.Count), 599_999, 600_000);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{clock.Elapsed.TotalSeconds:0.0} s");
    }
}
