using System.CommandLine;

namespace HlsdExtract.Cli;

/// <summary>The <c>hlsd</c> command tree; <see cref="Run"/> is the whole program (tests call it too).</summary>
public static class CliApp
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("hlsd: turns U.S.-Mexico security dialogue readouts into structured data (JSON, CSV).")
        {
            ExtractCommand.Create(),
            DiffCommand.Create(),
            TrendCommand.Create(),
            TrainCommand.Create(),
            EvaluateCommand.Create(),
            Bench.BenchCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
