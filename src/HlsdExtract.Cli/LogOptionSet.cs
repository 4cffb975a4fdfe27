using System.CommandLine;

namespace HlsdExtract.Cli;

/// <summary>--quiet, --verbose and --log-json, shared by every command that logs.</summary>
internal sealed class LogOptionSet
{
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Only errors on the console; no progress." };
    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Information events on the console." };
    private readonly Option<bool> _json = new("--log-json") { Description = "Log events as JSON lines (console and log file)." };

    public static LogOptionSet Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(_quiet);
        command.Options.Add(_verbose);
        command.Options.Add(_json);
    }

    public LogOptions Read(ParseResult parse) => new(parse.GetValue(_quiet), parse.GetValue(_verbose), parse.GetValue(_json));
}
