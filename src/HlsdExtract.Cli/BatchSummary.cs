using System.Diagnostics;
using System.Globalization;
using HlsdExtract.Batch;

namespace HlsdExtract.Cli;

/// <summary>The console lines that close <c>hlsd extract</c>: the summary, and the failure count that even --quiet prints.</summary>
internal static class BatchSummary
{
    public static string Line(BatchResult result, string outDir, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"{result.Extracted} documents extracted, {result.Reused} unchanged, {Failed(result)}, {Skipped(result)}, {result.Dropped} dropped in {elapsed.TotalSeconds:0.00} s -> {outDir} (peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB)");

    public static string Failures(BatchResult result, string outDir) =>
        string.Create(CultureInfo.InvariantCulture, $"{Failed(result)}: see {Path.Combine(outDir, "errors.csv")}");

    private static string Failed(BatchResult result) =>
        result.Kept > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{result.Errors.Count} failed ({result.Kept} kept from an earlier run, marked stale)")
            : string.Create(CultureInfo.InvariantCulture, $"{result.Errors.Count} failed");

    private static string Skipped(BatchResult result)
    {
        var reasons = result.SkippedByReason.Where(r => r.Value > 0)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Value} {(r.Key == SkipReason.OutputFolder ? "in an hlsd output folder" : "unsupported")}"))
            .ToList();
        return reasons.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{result.Skipped} skipped")
            : string.Create(CultureInfo.InvariantCulture, $"{result.Skipped} skipped ({string.Join(", ", reasons)})");
    }
}
