using System.Reflection;

namespace HlsdExtract.Common;

/// <summary>Reads the word lists and models embedded from <c>src/HlsdExtract/Data</c>.</summary>
internal static class DataFiles
{
    private static readonly Assembly Assembly = typeof(DataFiles).Assembly;

    public static Stream Open(string name) =>
        Assembly.GetManifestResourceStream("HlsdExtract.Data." + name)
        ?? throw new FileNotFoundException($"Embedded data file '{name}' is missing.", name);

    /// <summary>The embedded file, or null when it is not shipped (models before the first <c>hlsd train</c>).</summary>
    public static Stream? TryOpen(string name) => Assembly.GetManifestResourceStream("HlsdExtract.Data." + name);

    public static string ReadAllText(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }

    /// <summary>Non-empty lines that do not start with '#', split on tabs.</summary>
    public static IEnumerable<string[]> ReadTable(string name)
    {
        foreach (var raw in ReadAllText(name).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }
}
