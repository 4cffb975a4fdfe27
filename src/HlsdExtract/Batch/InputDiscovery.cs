using HlsdExtract.Export;

namespace HlsdExtract.Batch;

/// <summary>
/// Expands files, folders (recursively, following no symbolic links to folders) and simple globs
/// ("corpus/*.txt") into a sorted, de-duplicated list of supported input files.
/// </summary>
public static class InputDiscovery
{
    public static readonly IReadOnlyList<string> SupportedExtensions = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf"];

    public static (List<string> Files, List<ErrorRecord> Errors, List<string> Skipped) Discover(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var errors = new List<ErrorRecord>();
        var skipped = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                (IsSupported(path) ? (ICollection<string>)files : skipped).Add(path);
            }
            else if (Directory.Exists(path))
            {
                Walk(path, files, skipped, errors);
            }
            else if (path.Contains('*') || path.Contains('?'))
            {
                ExpandGlob(path, files, skipped, errors);
            }
            else
            {
                errors.Add(new ErrorRecord(path, "input", "no such file or folder"));
            }
        }

        return (files.ToList(), errors, skipped);
    }

    public static bool IsSupported(string path) =>
        SupportedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static void Walk(string root, SortedSet<string> files, List<string> skipped, List<ErrorRecord> errors)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
            ReturnSpecialDirectories = false,
        };
        try
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", options))
            {
                (IsSupported(file) ? (ICollection<string>)files : skipped).Add(file);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ErrorRecord(root, "input", ex.Message));
        }
    }

    private static void ExpandGlob(string pattern, SortedSet<string> files, List<string> skipped, List<ErrorRecord> errors)
    {
        var dir = Path.GetDirectoryName(pattern);
        var filePattern = Path.GetFileName(pattern);
        dir = string.IsNullOrEmpty(dir) ? "." : dir;
        if (!Directory.Exists(dir) || dir.Contains('*') || dir.Contains('?'))
        {
            errors.Add(new ErrorRecord(pattern, "input", "glob folder does not exist (only the file name may hold * or ?)"));
            return;
        }

        var matched = Directory.EnumerateFiles(dir, filePattern, new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint }).ToList();
        if (matched.Count == 0)
        {
            errors.Add(new ErrorRecord(pattern, "input", "glob matched no file"));
        }

        foreach (var file in matched)
        {
            (IsSupported(file) ? (ICollection<string>)files : skipped).Add(file);
        }
    }
}
