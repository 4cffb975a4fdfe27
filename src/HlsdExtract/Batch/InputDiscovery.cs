using HlsdExtract.Export;

namespace HlsdExtract.Batch;

/// <summary>
/// Expands files, folders (recursively) and simple globs ("corpus/*.txt") into a sorted,
/// de-duplicated list of supported input files. Symbolic links to files are inputs; links to
/// folders are followed once (a folder reached twice, a loop, is walked once); hidden entries are
/// skipped. A folder <c>hlsd</c> writes into (<see cref="OutputFolder"/>) is never read as input.
/// </summary>
public static class InputDiscovery
{
    public static readonly IReadOnlyList<string> SupportedExtensions = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf"];

    public static DiscoveredInputs Discover(IEnumerable<string> paths)
    {
        var found = new DiscoveredInputs();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                AddFile(path, found);
            }
            else if (Directory.Exists(path))
            {
                Walk(path, found, visited);
            }
            else if (path.Contains('*') || path.Contains('?'))
            {
                ExpandGlob(path, found);
            }
            else
            {
                found.Errors.Add(new ErrorRecord(path, "input", IsBrokenLink(path) ? "symbolic link to a missing file" : "no such file or folder"));
            }
        }

        return found;
    }

    public static bool IsSupported(string path) =>
        SupportedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static void AddFile(string file, DiscoveredInputs found)
    {
        if (OutputFolder.IsMarked(Path.GetDirectoryName(Path.GetFullPath(file))!))
        {
            found.Skip(file, SkipReason.OutputFolder);
        }
        else if (!IsSupported(file))
        {
            found.Skip(file, SkipReason.Unsupported);
        }
        else if (IsBrokenLink(file))
        {
            found.Errors.Add(new ErrorRecord(file, "input", "symbolic link to a missing file"));
        }
        else
        {
            found.Files.Add(file);
        }
    }

    private static void Walk(string dir, DiscoveredInputs found, HashSet<string> visited)
    {
        if (!visited.Add(RealPath(dir)))
        {
            return;
        }

        if (OutputFolder.IsMarked(dir))
        {
            found.Skip(dir, SkipReason.OutputFolder);
            return;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden };
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(dir, "*", options).Order(StringComparer.Ordinal))
            {
                if (Directory.Exists(entry))
                {
                    Walk(entry, found, visited);
                }
                else
                {
                    AddFile(entry, found);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            found.Errors.Add(new ErrorRecord(dir, "input", ex.Message));
        }
    }

    private static string RealPath(string dir)
    {
        try
        {
            var info = new DirectoryInfo(dir);
            return (info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName.TrimEnd('/');
        }
        catch (IOException)
        {
            return Path.GetFullPath(dir);
        }
    }

    /// <summary>A symbolic link whose final target is missing (or a loop of links).</summary>
    private static bool IsBrokenLink(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true };
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static void ExpandGlob(string pattern, DiscoveredInputs found)
    {
        var dir = Path.GetDirectoryName(pattern);
        var filePattern = Path.GetFileName(pattern);
        dir = string.IsNullOrEmpty(dir) ? "." : dir;
        if (!Directory.Exists(dir) || dir.Contains('*') || dir.Contains('?'))
        {
            found.Errors.Add(new ErrorRecord(pattern, "input", "glob folder does not exist (only the file name may hold * or ?)"));
            return;
        }

        var matched = Directory.EnumerateFiles(dir, filePattern, new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden }).ToList();
        if (matched.Count == 0)
        {
            found.Errors.Add(new ErrorRecord(pattern, "input", "glob matched no file"));
        }

        matched.ForEach(file => AddFile(file, found));
    }
}
