using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HlsdExtract.Cli.Bench;

/// <summary>
/// winkNLP on the same files in the same run (<c>bench/peers/wink.js</c>: sentences, part-of-speech
/// tags and entities, one thread, timed inside node after the model is loaded, and wall time with
/// node's start), and this build's throughput as a ratio to it.
/// </summary>
internal static class WinkPeer
{
    public const string Install = "npm ci --prefix bench/peers";

    /// <summary>The peers folder under the repository, when node and the installed packages are there; else why not.</summary>
    public static string? Find(string repo, out string reason)
    {
        var peers = Path.Combine(repo, "bench", "peers");
        reason = "";
        if (!File.Exists(Path.Combine(peers, "wink.js")))
        {
            reason = $"no {Path.Combine(peers, "wink.js")} (give --repo the repository root)";
            return null;
        }

        if (!Directory.Exists(Path.Combine(peers, "node_modules", "wink-nlp")) || !Directory.Exists(Path.Combine(peers, "node_modules", "wink-eng-lite-web-model")))
        {
            reason = $"its packages are not installed: run `{Install}` in {repo}";
            return null;
        }

        if (ChildRuns.OnPath("node") is null)
        {
            reason = "node is not on the PATH (install Node.js 18 or later, then `" + Install + "`)";
            return null;
        }

        return peers;
    }

    /// <summary>Runs the peer over <paramref name="files"/>; its median round in MB/s, or null when it failed (the reason is in the report).</summary>
    public static double? Report(string peers, IReadOnlyList<string> files, int rounds, Throughput.Result ours, StringBuilder report)
    {
        var list = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(list, files);
            var (wall, output, error, exit) = ChildRuns.Start("node", [Path.Combine(peers, "wink.js"), list, "--rounds", rounds.ToString(CultureInfo.InvariantCulture)]);
            if (exit != 0)
            {
                report.Append(CultureInfo.InvariantCulture, $"\nwinkNLP peer failed (exit {exit}): {error.Trim()}\n");
                return null;
            }

            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            var times = root.GetProperty("rounds").EnumerateArray().Select(t => t.GetDouble()).Order().ToList();
            var megabytes = root.GetProperty("bytes").GetDouble() / 1e6;
            var median = times[times.Count / 2];
            var mbs = megabytes / median;
            var cpu = root.TryGetProperty("cpu", out var c) ? c.EnumerateArray().Select(t => t.GetDouble()).Order().ToList() : [];
            var perCpu = cpu.Count > 0 ? megabytes / cpu[cpu.Count / 2] : double.NaN;
            var pipe = string.Join(",", root.GetProperty("pipe").EnumerateArray().Select(p => p.GetString()));
            report.Append(CultureInfo.InvariantCulture,
                $"\nPeer on the same {root.GetProperty("documents").GetInt32():N0} files, same run: winkNLP {root.GetProperty("version").GetString()} with wink-eng-lite-web-model {root.GetProperty("model").GetString()}, node {root.GetProperty("node").GetString()}, pipe {pipe}, one thread; {root.GetProperty("tokens").GetInt64():N0} tokens, {root.GetProperty("entities").GetInt64():N0} entities\n\n");
            report.Append("| winkNLP | s | MB/s |\n|---|--:|--:|\n");
            report.Append(CultureInfo.InvariantCulture, $"| model load (in node) | {root.GetProperty("load").GetDouble():0.00} | |\n");
            report.Append(CultureInfo.InvariantCulture, $"| one round, median of {times.Count} (in node, after load) | {median:0.00} | {mbs:0.00} |\n");
            report.Append(CultureInfo.InvariantCulture, $"| one round's CPU time, median (all of node's threads) | {(cpu.Count > 0 ? cpu[cpu.Count / 2] : double.NaN):0.00} | {perCpu:0.00} per CPU-second |\n");
            report.Append(CultureInfo.InvariantCulture, $"| rounds, fastest to slowest | {times[0]:0.00}-{times[^1]:0.00} | {megabytes / times[^1]:0.00}-{megabytes / times[0]:0.00} |\n");
            report.Append(CultureInfo.InvariantCulture, $"| whole process, wall (start, load, read, {times.Count} round(s)) | {wall:0.00} | |\n\n");
            report.Append("| hlsd / winkNLP, same files, same run | throughput ratio (wall) | per CPU-second |\n|---|--:|--:|\n");
            report.Append(CultureInfo.InvariantCulture, $"| hlsd 1 thread / winkNLP | {ours.OneThread / mbs:0.00}x | {ours.OneThreadPerCpu / perCpu:0.00}x |\n");
            report.Append(CultureInfo.InvariantCulture, $"| hlsd {Environment.ProcessorCount} threads / winkNLP | {ours.AllCores / mbs:0.00}x | |\n");
            return mbs;
        }
        finally
        {
            File.Delete(list);
        }
    }

    /// <summary>Wall time of the peer's whole process on one file (node's start, the model, one document).</summary>
    public static double ColdStart(string peers, string file)
    {
        var list = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(list, [file]);
            var times = Enumerable.Range(0, 5).Select(_ => ChildRuns.Start("node", [Path.Combine(peers, "wink.js"), list, "--rounds", "1"]).Seconds).Order().ToList();
            return times[2];
        }
        finally
        {
            File.Delete(list);
        }
    }
}
