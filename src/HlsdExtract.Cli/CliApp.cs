using System.CommandLine;

namespace HlsdExtract.Cli;

/// <summary>
/// The <c>hlsd</c> command tree; <see cref="Run"/> is the whole program (tests call it too). Tokens
/// starting with <c>@</c> are plain arguments (no response files), and a problem with an input or
/// an output folder ends the command with one line on stderr and exit code 2, never a stack trace.
/// </summary>
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
            WorkerVerb.Create(),
        };
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (CliErrors.IsInputProblem(ex))
        {
            Console.Error.WriteLine("error: " + CliErrors.OneLine(ex));
            return 2;
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine("error: " + CliErrors.OneLine(ex));
            return 1;
        }
    }
}
