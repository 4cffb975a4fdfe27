using Serilog.Core;
using HlsdExtract.Batch;
using HlsdExtract.Pipeline;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>
/// One writer per output folder (the real <c>hlsd</c> process): a second run is refused with the
/// holder's pid and touches nothing; a killed run's lock is taken over; a run removes what killed runs left.
/// </summary>
[Collection("cli")]
public sealed class OutputLockTests
{
    [Fact]
    public void ASecondRunIsRefusedWhileTheFirstWritesAndALockLeftByAKillIsTakenOver()
    {
        using var corpus = new CorpusFolder(variedCopies: 300);
        var output = corpus.Output("out");
        string[] args = ["extract", corpus.Input, "-o", output, "--jobs", "1", "--quiet"];
        using (var first = HlsdProcess.Start(null, args))
        {
            WaitForLock(output, first);
            var (exit, _, stderr) = HlsdProcess.Run(null, args);
            Assert.False(first.Process.HasExited, "the first run ended before the second was refused");
            Assert.Equal(2, exit);
            Assert.Equal($"error: another hlsd run (pid {first.Process.Id}) is writing to {output}; wait for it to finish or choose another --output folder", stderr.Trim());
            Assert.True(first.WaitForExit() == 0, first.Stderr);
        }

        Assert.Equal(corpus.Count, Directory.GetFiles(output, "*.json").Length);
        using (var killed = HlsdProcess.Start(null, [.. args, "--force"]))
        {
            WaitForLock(output, killed);
            Thread.Sleep(1500);
            killed.Process.Kill(entireProcessTree: true);
            killed.Process.WaitForExit();
        }

        var again = HlsdProcess.Run(null, args);
        Assert.True(again.Exit == 0, again.Stderr);
        Assert.Empty(Directory.GetFiles(output, "*.tmp-hlsd", SearchOption.AllDirectories));
        Assert.Equal(corpus.Count, Directory.GetFiles(output, "*.json").Length);
    }

    [Fact]
    public void ARunRemovesTheOrphansAndTemporaryFilesOfKilledRunsButNotOtherJson()
    {
        using var corpus = new CorpusFolder();
        var output = corpus.Output("out");
        var runner = new BatchRunner(PipelineBuilder.CreateDefault().Build(), Logger.None);
        runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output });
        var someDocument = Directory.GetFiles(output, "*.json")[0];
        File.Copy(someDocument, Path.Combine(output, "removed-input-0123456789abcdef.json"));
        File.Copy(someDocument, Path.Combine(output, Manifest.StateFolder, "rows", "removed-input-0123456789abcdef.json"));
        File.WriteAllText(Path.Combine(output, ".quantities.csv.1a2b3c4d.tmp-hlsd"), "half a table");
        File.WriteAllText(Path.Combine(output, "notes.json"), "{\"mine\": true}");

        runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output });

        Assert.False(File.Exists(Path.Combine(output, "removed-input-0123456789abcdef.json")));
        Assert.False(File.Exists(Path.Combine(output, Manifest.StateFolder, "rows", "removed-input-0123456789abcdef.json")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp-hlsd", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(output, "notes.json")));
        Assert.Equal(corpus.Count + 1, Directory.GetFiles(output, "*.json").Length);
    }

    private static void WaitForLock(string output, HlsdProcess run)
    {
        var lockFile = OutputLock.PathIn(output);
        for (var i = 0; i < 600 && !run.Process.HasExited; i++)
        {
            if (File.Exists(lockFile) && new FileInfo(lockFile).Length > 0)
            {
                return;
            }

            Thread.Sleep(50);
        }

        Assert.Fail("the run never took the lock: " + run.Stderr);
    }
}
