using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using HlsdExtract.Contracts;
using HlsdExtract.Extract.Learned;
using HlsdExtract.Pipeline;
using HlsdExtract.Scoring;

namespace HlsdExtract.Cli.Bench;

/// <summary>
/// <c>hlsd bench</c>: generates readouts from the bundled corpus and measures, in this build,
/// whole-pipeline throughput (one thread and all cores), time per stage, peak memory of
/// <c>hlsd extract</c> on 1,000 and 10,000 documents, and cold start; prints a Markdown table.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var docs = new Option<int>("--docs") { Description = "Documents in the throughput corpus.", DefaultValueFactory = _ => 1000 };
        var root = new Option<string>("--repo") { Description = "Repository root (holds corpus/).", DefaultValueFactory = _ => "." };
        var quick = new Option<bool>("--quick") { Description = "Throughput and stages only (no memory runs, no cold start)." };
        var command = new Command("bench", "Measure throughput, time per stage, peak memory and cold start (use a Release or published build).") { docs, root, quick };
        command.SetAction(parse =>
        {
            var repo = Path.GetFullPath(parse.GetValue(root)!);
            var report = new StringBuilder();
            report.Append(Machine()).Append('\n');
            FirstDocument(repo, report);
            var corpus = CorpusGenerator.Generate(repo, parse.GetValue(docs));
            Throughput.Report(corpus, report);
            if (!parse.GetValue(quick))
            {
                ChildRuns.Memory(repo, report);
                ChildRuns.ColdStart(Path.Combine(repo, "corpus", "2023-10-05-hlsd-third-meeting.txt"), report);
            }

            Console.Write(report.ToString());
            return 0;
        });
        return command;
    }

    /// <summary>Loading every model and extracting one readout, the first thing this process does (cold JIT, cold models).</summary>
    private static void FirstDocument(string repo, StringBuilder report)
    {
        var clock = Stopwatch.StartNew();
        _ = (Scoring.ModelStore.EntityTagger, Scoring.ModelStore.Boilerplate, Scoring.ModelStore.Topics);
        var models = clock.Elapsed.TotalSeconds;
        var seed = Path.Combine(repo, "corpus", "2023-10-05-hlsd-third-meeting.txt");
        Pipeline.PipelineBuilder.CreateDefault().Build().Run(new Contracts.RawInput(seed, File.ReadAllBytes(seed)));
        report.Append(CultureInfo.InvariantCulture, $"\nIn process, first thing: loading the three models {models:0.000} s; models plus extracting the seed readout {clock.Elapsed.TotalSeconds:0.000} s\n");
    }

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
        var build = typeof(BenchCommand).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().Any(d => d.IsJITOptimizerDisabled) ? "Debug" : "Release";
        return string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores, {cpu ?? "unknown CPU"}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {build} build, {DateTime.UtcNow:yyyy-MM-dd}\n");
    }
}
