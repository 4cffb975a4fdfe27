using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HlsdExtract.Cli.Hosting;

namespace HlsdExtract.Cli.Bench;

/// <summary>Fresh <c>hlsd extract</c> processes: peak memory and time on 1,000, 10,000 (and all) documents, and cold start on one readout.</summary>
internal static partial class ChildRuns
{
    /// <summary>Extracts each sample of <paramref name="sizes"/> documents in a fresh process, the files read as the batch reads its inputs.</summary>
    public static void Memory(Func<int, string, string> makeInputs, IReadOnlyList<int> sizes, StringBuilder report)
    {
        report.Append("\n| hlsd extract, fresh process, all cores | wall s | documents/s | peak working set MB | load average after |\n|---|--:|--:|--:|--:|\n");
        var results = new List<(int Docs, double Seconds, double PeakMb)>();
        foreach (var count in sizes)
        {
            var dir = Directory.CreateTempSubdirectory("hlsd-bench").FullName;
            try
            {
                var input = makeInputs(count, Directory.CreateDirectory(Path.Combine(dir, "in")).FullName);
                var (seconds, output) = Run(["extract", input, "-o", Path.Combine(dir, "out")]);
                var peak = Peak().Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
                results.Add((count, seconds, peak));
                report.Append(CultureInfo.InvariantCulture, $"| {count:N0} documents | {seconds:0.00} | {count / seconds:0} | {peak:0} | {Load()} |\n");
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        if (results.Count >= 2)
        {
            var (first, last) = (results[0], results[^1]);
            report.Append(CultureInfo.InvariantCulture, $"| {last.Docs:N0} / {first.Docs:N0} | {last.Seconds / first.Seconds:0.00}x | | {last.PeakMb / first.PeakMb:0.00}x | |\n");
        }
    }

    /// <summary>Links (or, where links fail, copies) <paramref name="files"/> into <paramref name="dir"/>, each under its path below <paramref name="root"/> flattened.</summary>
    public static string LinkInto(string root, IReadOnlyList<string> files, string dir)
    {
        foreach (var file in files)
        {
            var name = Path.Combine(dir, Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '_'));
            try
            {
                File.CreateSymbolicLink(name, Path.GetFullPath(file));
            }
            catch (IOException)
            {
                File.Copy(file, name);
            }
        }

        return dir;
    }

    public static double ColdStart(string readout)
    {
        var dir = Directory.CreateTempSubdirectory("hlsd-cold").FullName;
        var times = Enumerable.Range(0, 5).Select(_ => Run(["extract", readout, "-o", dir, "--force", "--quiet"]).Seconds).Order().ToList();
        Directory.Delete(dir, recursive: true);
        return times[2];
    }

    /// <summary>The 1-, 5- and 15-minute load averages (other work on the machine slows every number).</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>The full path of <paramref name="program"/> on the PATH, or null.</summary>
    public static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/>: wall time, standard output and error, exit code.</summary>
    public static (double Seconds, string Output, string Error, int Exit) Start(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (clock.Elapsed.TotalSeconds, output.Result, error, process.ExitCode);
    }

    /// <summary>Runs this same executable (apphost, native binary, or <c>dotnet hlsd.dll</c>) with <paramref name="args"/>; wall time and standard output.</summary>
    private static (double Seconds, string Output) Run(string[] args)
    {
        var (program, prefix) = SelfCommand.Host();
        var (seconds, output, _, _) = Start(program, [.. prefix, .. args]);
        return (seconds, output);
    }

    [GeneratedRegex(@"peak working set ([0-9.]+) MB")]
    private static partial Regex Peak();
}
