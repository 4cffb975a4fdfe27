using System.CommandLine.Parsing;

namespace HlsdExtract.Cli;

/// <summary>
/// A path argument that looks like an option (<c>-x</c>, <c>--bogus</c>) and names no existing file
/// or folder is a misspelt option: a usage error (exit 1) before any work, not an input that fails later.
/// </summary>
internal static class UnknownOptions
{
    public static void Reject(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            var value = token.Value;
            if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
            {
                result.AddError($"unknown option {value} (a path that starts with '-' must exist; write ./{value})");
            }
        }
    }
}
