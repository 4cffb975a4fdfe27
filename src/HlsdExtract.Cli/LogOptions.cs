namespace HlsdExtract.Cli;

/// <summary>How much the console says, and whether log events are JSON lines.</summary>
internal sealed record LogOptions(bool Quiet, bool Verbose, bool Json);
