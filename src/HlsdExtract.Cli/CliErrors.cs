namespace HlsdExtract.Cli;

/// <summary>Which failures a command reports as a one-line error with exit code 2 (the user can fix them) rather than a crash.</summary>
internal static class CliErrors
{
    /// <summary>A missing, unreadable or malformed input: a path that does not exist, a folder without gold, a file that is not what it should be.</summary>
    public static bool IsInputProblem(Exception ex) => ex is InvalidDataException or IOException or UnauthorizedAccessException;
}
