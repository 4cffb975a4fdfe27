using System.Diagnostics;
using System.Text.Json;
using CsvHelper;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>
/// A batch killed mid-run (the real <c>hlsd</c> process, SIGKILL) leaves only complete files: the
/// previous outputs or the new ones, never a truncated one; the next run finishes the job.
/// </summary>
[Collection("cli")]
public sealed class KilledBatchTests
{
    [Fact]
    public void EveryOutputFileLeftByAKilledRunIsCompleteAndTheNextRunCleansUp()
    {
        using var corpus = new CorpusFolder(variedCopies: 600);
        var output = corpus.Output("out");
        Assert.Equal(0, Hlsd(output).WaitForExitCode());
        var killedMidRun = 0;
        foreach (var delay in new[] { 300, 700, 1200, 2000 })
        {
            var run = Hlsd(output, "--force");
            Thread.Sleep(delay);
            if (!run.Process.HasExited)
            {
                run.Process.Kill(entireProcessTree: true);
                killedMidRun++;
            }

            run.Process.WaitForExit();
            AssertEveryFileIsComplete(output);
        }

        Assert.True(killedMidRun >= 2, $"only {killedMidRun} runs were still going when killed");
        Assert.Equal(0, Hlsd(output).WaitForExitCode());
        Assert.Empty(Directory.GetFiles(output, "*.tmp-hlsd", SearchOption.AllDirectories));
        Assert.Equal(corpus.Count, Directory.GetFiles(output, "*.json").Length);
    }

    private static void AssertEveryFileIsComplete(string output)
    {
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/logs/", StringComparison.Ordinal)))
        {
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                using var _ = JsonDocument.Parse(File.ReadAllBytes(file));
            }
            else if (file.EndsWith(".csv", StringComparison.Ordinal))
            {
                AssertCompleteCsv(file);
            }
        }
    }

    private static void AssertCompleteCsv(string path)
    {
        Assert.EndsWith("\r\n", File.ReadAllText(path), StringComparison.Ordinal);
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true }, FileOptions.None);
        while (csv.Read())
        {
            Assert.True(csv.FieldCount == csv.Headers.Count, $"{path} row {csv.RowNumber} has {csv.FieldCount} fields");
        }
    }

    private static (Process Process, Func<int> WaitForExitCode) Hlsd(string output, params string[] extra)
    {
        var input = Path.Combine(Path.GetDirectoryName(output)!, "in");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { TestData.PathOf("hlsd.dll"), "extract", input, "-o", output, "--jobs", "2", "--quiet" }.Concat(extra))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, () =>
        {
            process.WaitForExit();
            return process.ExitCode;
        });
    }
}
