namespace HlsdExtract.Cli;

/// <summary>Which failures a command reports as a one-line error with exit code 2 (the user can fix them) rather than a crash.</summary>
internal static class CliErrors
{
    /// <summary>A missing, unreadable or malformed input, or an output folder that cannot be written: a path that does not exist, a folder without gold, a file that is not what it should be, a full disk.</summary>
    public static bool IsInputProblem(Exception ex) => ex is InvalidDataException or IOException or UnauthorizedAccessException;

    /// <summary>The message on one line (no stack trace, no inner line breaks).</summary>
    public static string OneLine(Exception ex) =>
        string.Join(" ", ex.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
