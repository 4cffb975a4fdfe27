using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HlsdExtract.Cli.Bench;

/// <summary>Fresh <c>hlsd extract</c> processes: peak memory and time on 1,000 and 10,000 documents, and cold start on one readout.</summary>
internal static partial class ChildRuns
{
    public static void Memory(string repo, StringBuilder report)
    {
        report.Append("\n| hlsd extract, fresh process | wall s | peak working set MB |\n|---|--:|--:|\n");
        var results = new List<(int Docs, double Seconds, double PeakMb)>();
        foreach (var count in new[] { 1_000, 10_000 })
        {
            var dir = Directory.CreateTempSubdirectory("hlsd-bench").FullName;
            try
            {
                var input = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
                foreach (var (name, bytes) in CorpusGenerator.Generate(repo, count))
                {
                    File.WriteAllBytes(Path.Combine(input, name), bytes);
                }

                var (seconds, output) = Run(["extract", input, "-o", Path.Combine(dir, "out")]);
                var peak = Peak().Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
                results.Add((count, seconds, peak));
                report.Append(CultureInfo.InvariantCulture, $"| {count:N0} documents | {seconds:0.00} | {peak:0} |\n");
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        report.Append(CultureInfo.InvariantCulture, $"| 10,000 / 1,000 | {results[1].Seconds / results[0].Seconds:0.00}x | {results[1].PeakMb / results[0].PeakMb:0.00}x |\n");
    }

    public static void ColdStart(string readout, StringBuilder report)
    {
        var dir = Directory.CreateTempSubdirectory("hlsd-cold").FullName;
        var times = Enumerable.Range(0, 5).Select(_ => Run(["extract", readout, "-o", dir, "--force", "--quiet"]).Seconds).Order().ToList();
        Directory.Delete(dir, recursive: true);
        report.Append(CultureInfo.InvariantCulture, $"\nCold start (hlsd extract on the seed readout, fresh process, 5 runs): median {times[2]:0.00} s, best {times[0]:0.00} s\n");
    }

    /// <summary>Runs this same executable (apphost, or <c>dotnet hlsd.dll</c>) with <paramref name="args"/>; wall time and standard output.</summary>
    private static (double Seconds, string Output) Run(string[] args)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildRuns).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (clock.Elapsed.TotalSeconds, output.Result);
    }

    [GeneratedRegex(@"peak working set ([0-9.]+) MB")]
    private static partial Regex Peak();
}
