using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using HlsdExtract.Batch;

namespace HlsdExtract.Cli;

/// <summary>
/// Batch progress: a Spectre.Console bar with docs/s and ETA on an interactive terminal, a plain
/// line every few seconds when output is redirected, nothing with --quiet.
/// </summary>
internal static class ProgressDisplay
{
    public static BatchResult Run(bool quiet, Func<IProgress<BatchProgress>?, BatchResult> run)
    {
        if (quiet)
        {
            return run(null);
        }

        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            BatchResult? result = null;
            AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("extracting", maxValue: 1);
                    var clock = Stopwatch.StartNew();
                    result = run(new Progress(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Done}/{p.Total} docs, {Rate(p, clock):0.0} docs/s");
                    }));
                });
            return result!;
        }

        var watch = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        return run(new Progress(p =>
        {
            lock (watch)
            {
                if (watch.Elapsed - last < TimeSpan.FromSeconds(2) && p.Done < p.Total)
                {
                    return;
                }

                last = watch.Elapsed;
                var rate = Rate(p, watch);
                var eta = rate > 0 ? (p.Total - p.Done) / rate : 0;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"progress: {p.Done}/{p.Total} docs ({p.Extracted} extracted, {p.Reused} unchanged, {p.Failed} failed), {rate:0.0} docs/s, ETA {eta:0} s"));
            }
        }));
    }

    private static double Rate(BatchProgress p, Stopwatch clock) =>
        clock.Elapsed.TotalSeconds > 0 ? p.Done / clock.Elapsed.TotalSeconds : 0;

    /// <summary>A synchronous <see cref="IProgress{T}"/>: reports run on the worker that finished the document.</summary>
    private sealed class Progress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
