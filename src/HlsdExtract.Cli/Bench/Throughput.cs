using System.Diagnostics;
using System.Globalization;
using System.Text;
using HlsdExtract.Contracts;
using HlsdExtract.Export.Json;
using HlsdExtract.Export.Tables;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Cli.Bench;

/// <summary>Whole-pipeline throughput (extraction, the JSON streamed as the batch streams it, the CSV rows) on one thread and on all cores, and time and allocation per stage.</summary>
internal static class Throughput
{
    private const int WarmDocuments = 300;

    /// <summary>Median MB/s of the one-thread and all-core rounds, and of the one-thread rounds per CPU-second.</summary>
    public readonly record struct Result(double Megabytes, double OneThread, double AllCores, double OneThreadPerCpu);

    public static Result Report(List<BenchDocument> corpus, string description, int rounds, StringBuilder report)
    {
        var pipeline = PipelineBuilder.CreateDefault().Build();
        var megabytes = corpus.Sum(d => d.Bytes.Length) / 1e6;
        // Two passes over the first documents, so the timed rounds run the code the runtime recompiles once it turns out hot.
        // The first round can still be slower while that finishes; the median of the rounds sets it aside.
        var warm = corpus.Take(WarmDocuments).ToList();
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var doc in warm)
            {
                Process(pipeline, doc, null, null);
            }
        }

        // Alternating rounds; the median of each is reported with the range (a shared machine varies run to run).
        var ones = new List<TimeSpan>();
        var alls = new List<TimeSpan>();
        var oneCpu = new List<TimeSpan>();
        var allCpu = new List<TimeSpan>();
        var largestFirst = LargestFirst.Order(corpus);
        var gc = GcCounts.Now();
        var roundsClock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            var cpu = CpuTime();
            var clock = Stopwatch.StartNew();
            foreach (var doc in corpus)
            {
                Process(pipeline, doc, null, null);
            }

            ones.Add(clock.Elapsed);
            oneCpu.Add(CpuTime() - cpu);
            cpu = CpuTime();
            clock.Restart();
            LargestFirst.Run(largestFirst, Environment.ProcessorCount, doc => Process(pipeline, doc, null, null));
            alls.Add(clock.Elapsed);
            allCpu.Add(CpuTime() - cpu);
        }

        var gcs = GcCounts.Now() - gc;
        var roundsTime = roundsClock.Elapsed;

        // Time per stage last, when the runtime has recompiled the hot code (earlier, its shares would be a start-up's).
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        var allocated = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var doc in corpus)
        {
            Process(pipeline, doc, stages, allocated);
        }

        var one = Median(ones);
        var all = Median(alls);
        var single = megabytes / one.TotalSeconds;
        var parallel = megabytes / all.TotalSeconds;
        report.Append(CultureInfo.InvariantCulture, $"\nCorpus: {corpus.Count:N0} {description}, {megabytes:0.00} MB\n\n");
        report.Append(CultureInfo.InvariantCulture, $"| hlsd, run (median of {rounds}) | MB/s | documents/s | MB/s, slowest to fastest round | MB per CPU-second |\n|---|--:|--:|--:|--:|\n");
        report.Append(CultureInfo.InvariantCulture, $"| 1 thread | {single:0.00} | {corpus.Count / one.TotalSeconds:0} | {Range(ones, megabytes)} | {megabytes / Median(oneCpu).TotalSeconds:0.00} |\n");
        report.Append(CultureInfo.InvariantCulture, $"| {Environment.ProcessorCount} threads | {parallel:0.00} | {corpus.Count / all.TotalSeconds:0} | {Range(alls, megabytes)} | {megabytes / Median(allCpu).TotalSeconds:0.00} |\n");
        report.Append(CultureInfo.InvariantCulture, $"| speed-up | {parallel / single:0.00}x | | | |\n\n");
        report.Append(CultureInfo.InvariantCulture, $"Garbage collections over the timed rounds: {gcs.Gen0:N0} gen0, {gcs.Gen1:N0} gen1, {gcs.Gen2:N0} gen2, paused {gcs.Pause.TotalSeconds:0.00} s of {roundsTime.TotalSeconds:0.00} s ({gcs.Pause / roundsTime:P0}); {gcs.Allocated / 1e6 / (2 * rounds * corpus.Count):0.00} MB allocated per document, {gcs.Allocated / 1e6 / Math.Max(1, gcs.Gen0):0} MB per collection (every collection counts as gen0); {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, large objects from {LohThreshold()}\n\n");
        report.Append("| stage (1 thread, a separate timed pass) | ms total | µs/document | share | KB allocated/document |\n|---|--:|--:|--:|--:|\n");
        var total = stages.Values.Sum();
        foreach (var (stage, ms) in stages)
        {
            report.Append(CultureInfo.InvariantCulture, $"| {stage} | {ms:0} | {ms * 1000 / corpus.Count:0} | {ms / total:P0} | {allocated.GetValueOrDefault(stage) / 1024 / corpus.Count:0.0} |\n");
        }

        return new Result(megabytes, single, parallel, megabytes / Median(oneCpu).TotalSeconds);
    }

    /// <summary>The size from which the GC puts an object on the large object heap (the runtime configuration's <c>System.GC.LOHThreshold</c>).</summary>
    private static string LohThreshold() =>
        GC.GetConfigurationVariables().TryGetValue("LOHThreshold", out var bytes) && bytes is long or int or ulong
            ? string.Create(CultureInfo.InvariantCulture, $"{Convert.ToDouble(bytes, CultureInfo.InvariantCulture) / 1024:0} KB")
            : "the default size";

    /// <summary>CPU time of the whole process (with one thread working, it is that thread's; a busy machine stretches wall time, not this).</summary>
    private static TimeSpan CpuTime() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    private static TimeSpan Median(List<TimeSpan> rounds) => rounds.Order().ElementAt(rounds.Count / 2);

    private static string Range(List<TimeSpan> rounds, double megabytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{megabytes / rounds.Max().TotalSeconds:0.00}-{megabytes / rounds.Min().TotalSeconds:0.00}");

    private static void Process(ExtractionPipeline pipeline, BenchDocument doc, Dictionary<string, double>? stages, Dictionary<string, double>? allocated)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        void OnStage(string stage, TimeSpan elapsed)
        {
            var now = GC.GetAllocatedBytesForCurrentThread();
            Add(stages!, stage, elapsed.TotalMilliseconds);
            Add(allocated!, stage, now - bytes);
            bytes = now;
        }

        var document = pipeline.Run(new RawInput(doc.Path ?? doc.Name, doc.Bytes), stages is null ? null : OnStage);
        var started = Stopwatch.GetTimestamp();
        DocumentJsonWriter.Write(Stream.Null, document);
        DocumentTables.From(document);
        if (stages is not null)
        {
            OnStage("export", Stopwatch.GetElapsedTime(started));
        }
    }

    private static void Add(Dictionary<string, double> stages, string stage, double ms) => stages[stage] = stages.GetValueOrDefault(stage) + ms;
}
