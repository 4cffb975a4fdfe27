using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace HlsdExtract.Cli.Bench;

/// <summary>
/// <c>hlsd bench [--corpus DIR]</c>: on the documents of a folder (or readouts generated from the
/// bundled ones), whole-pipeline throughput on one thread and on all cores, time and allocation
/// per stage, winkNLP on the same files in the same run, peak memory of <c>hlsd extract</c> on
/// 1,000, 10,000 and all documents, and cold start; prints Markdown tables.
/// </summary>
internal static class BenchCommand
{
    private const string Seed = "2023-10-05-hlsd-third-meeting.txt";

    public static Command Create()
    {
        var corpusDir = new Option<string?>("--corpus") { Description = "Folder of documents to measure on (every input hlsd extract finds there); without it, readouts generated from the bundled ones." };
        var docs = new Option<int>("--docs") { Description = "Documents in the throughput sample (an even spread of the folder's; 0: all of them).", DefaultValueFactory = _ => 2000 };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds of each throughput run (the median is reported).", DefaultValueFactory = _ => 3 };
        var root = new Option<string>("--repo") { Description = "Repository root (holds corpus/ and bench/peers/).", DefaultValueFactory = _ => "." };
        var quick = new Option<bool>("--quick") { Description = "Throughput, stages and the peer only (no memory runs, no cold start)." };
        var noPeer = new Option<bool>("--no-peer") { Description = "Leave out the winkNLP peer." };
        var command = new Command("bench", "Measure throughput, time per stage, winkNLP side by side, peak memory and cold start (use a Release or published build).")
        {
            corpusDir, docs, rounds, root, quick, noPeer,
        };
        command.SetAction(parse =>
        {
            var repo = Path.GetFullPath(parse.GetValue(root)!);
            var folder = parse.GetValue(corpusDir) is { } given ? Path.GetFullPath(given) : null;
            if (folder is not null && !Directory.Exists(folder))
            {
                Console.Error.WriteLine($"error: --corpus {folder}: no such folder");
                return 1;
            }

            var seed = Path.Combine(repo, "corpus", Seed);
            if (!File.Exists(seed))
            {
                Console.Error.WriteLine($"error: {seed} not found: give --repo the repository root");
                return 1;
            }

            var report = new StringBuilder();
            report.Append(Machine()).Append('\n');
            FirstDocument(seed, report);
            var peers = parse.GetValue(noPeer) ? null : WinkPeer.Find(repo, out var missing) ?? Skipped(missing, report);
            var count = Math.Max(0, parse.GetValue(docs));
            var n = Math.Max(1, parse.GetValue(rounds));
            var scratch = Directory.CreateTempSubdirectory("hlsd-bench-corpus").FullName;
            try
            {
                var all = folder is null ? null : BenchCorpus.Files(folder);
                var corpus = all is null
                    ? BenchCorpus.Generated(repo, count == 0 ? 1000 : count)
                    : BenchCorpus.Read(BenchCorpus.Spread(all, count));
                var description = all is null
                    ? "readouts generated from the bundled ones"
                    : corpus.Count == all.Count ? $"documents, all of {folder}" : $"documents, an even spread of the {all.Count:N0} under {folder}";
                var ours = Throughput.Report(corpus, description, n, report);
                Flush(report);
                if (peers is not null)
                {
                    var files = BenchCorpus.Materialize(corpus, scratch).Select(d => d.Path!).ToList();
                    WinkPeer.Report(peers, files, n, ours, report);
                    Flush(report);
                }

                if (!parse.GetValue(quick))
                {
                    Memory(repo, folder, all, report);
                    Flush(report);
                    var cold = ChildRuns.ColdStart(seed);
                    report.Append(CultureInfo.InvariantCulture, $"\n| cold start, fresh process on the seed readout (median of 5) | wall s |\n|---|--:|\n| hlsd extract (this build: {Build()}) | {cold:0.00} |\n");
                    if (peers is not null)
                    {
                        report.Append(CultureInfo.InvariantCulture, $"| winkNLP: node, model load, one document | {WinkPeer.ColdStart(peers, seed):0.00} |\n");
                    }
                }
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }

            report.Append(CultureInfo.InvariantCulture, $"\nLoad average at the end: {ChildRuns.Load()}\n");
            Flush(report);
            return 0;
        });
        return command;
    }

    /// <summary>Prints each table as soon as it is measured (a long run on a busy machine shows what it has).</summary>
    private static void Flush(StringBuilder report)
    {
        Console.Write(report.ToString());
        Console.Out.Flush();
        report.Clear();
    }

    private static string? Skipped(string reason, StringBuilder report)
    {
        report.Append(CultureInfo.InvariantCulture, $"\nwinkNLP peer skipped: {reason}\n");
        return null;
    }

    private static void Memory(string repo, string? folder, IReadOnlyList<string>? all, StringBuilder report)
    {
        if (folder is null || all is null)
        {
            ChildRuns.Memory((count, dir) =>
            {
                foreach (var (name, bytes) in CorpusGenerator.Generate(repo, count))
                {
                    File.WriteAllBytes(Path.Combine(dir, name), bytes);
                }

                return dir;
            }, [1_000, 10_000], report);
            return;
        }

        // Samples are even spreads linked into a scratch folder; all of the folder is the folder itself.
        var sizes = new[] { 1_000, 10_000 }.Where(s => s < all.Count).Append(all.Count).ToList();
        ChildRuns.Memory((count, dir) => count == all.Count ? folder : ChildRuns.LinkInto(folder, BenchCorpus.Spread(all, count), dir), sizes, report);
    }

    /// <summary>Loading every model and extracting one readout, the first thing this process does (cold JIT, cold models).</summary>
    private static void FirstDocument(string seed, StringBuilder report)
    {
        var clock = Stopwatch.StartNew();
        _ = (Scoring.ModelStore.EntityTagger, Scoring.ModelStore.Boilerplate, Scoring.ModelStore.Topics);
        var models = clock.Elapsed.TotalSeconds;
        Pipeline.PipelineBuilder.CreateDefault().Build().Run(new Contracts.RawInput(seed, File.ReadAllBytes(seed)));
        report.Append(CultureInfo.InvariantCulture, $"\nIn process, first thing: loading the three models {models:0.000} s; models plus extracting the seed readout {clock.Elapsed.TotalSeconds:0.000} s\n");
    }

    private static string Build()
    {
        var debug = typeof(BenchCommand).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().Any(d => d.IsJITOptimizerDisabled);
        return debug ? "Debug" : RuntimeFeature() + " Release";
    }

    private static string RuntimeFeature() =>
        !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? "Native AOT" : "JIT";

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
        return string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores, {cpu ?? "unknown CPU"}, {memory ?? "unknown"} memory, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {Build()} build, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average at the start {ChildRuns.Load()}\n");
    }
}
