using System.CommandLine;
using HlsdExtract.Batch.Isolation;

namespace HlsdExtract.Cli;

/// <summary>
/// <c>hlsd worker</c> (hidden): the parser worker a batch starts to read PDF and large HTML out of its
/// own process; it serves requests on stdin and replies on stdout until stdin closes.
/// </summary>
internal static class WorkerVerb
{
    public static Command Create()
    {
        var command = new Command(WorkerCommand.Verb, "Parser worker for a batch (internal).") { Hidden = true };
        command.SetAction(_ =>
        {
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            return WorkerHost.Serve(input, output, WorkerHost.DefaultReaders());
        });
        return command;
    }
}
