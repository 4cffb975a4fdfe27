using System.Globalization;
using System.Text.RegularExpressions;

namespace HlsdExtract.Tests.Support;

/// <summary>A temporary copy of the bundled readouts plus varied copies of them, and helpers to compare output folders.</summary>
internal sealed class CorpusFolder : IDisposable
{
    public CorpusFolder(int variedCopies = 0)
    {
        Root = Directory.CreateTempSubdirectory("hlsd-corpus").FullName;
        Input = Directory.CreateDirectory(Path.Combine(Root, "in")).FullName;
        var sources = new[] { TestData.Seed, TestData.Fixture }.Concat(TestData.Excerpts()).ToList();
        foreach (var source in sources)
        {
            File.Copy(TestData.PathOf(source), Path.Combine(Input, Path.GetFileName(source)));
        }

        for (var i = 0; i < variedCopies; i++)
        {
            File.WriteAllText(Path.Combine(Input, $"copy-{i:0000}.txt"), Vary(TestData.ReadText(sources[i % sources.Count]), i));
        }

        Count = sources.Count + variedCopies;
    }

    /// <summary>How many input files the folder holds.</summary>
    public int Count { get; }

    public string Root { get; }

    public string Input { get; }

    public string Output(string name) => Path.Combine(Root, name);

    /// <summary>Every output file (logs aside) with its bytes, by path relative to <paramref name="folder"/>.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).StartsWith("logs", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>Modification time of every output file (logs aside, and the lock file every run takes).</summary>
    public static SortedDictionary<string, DateTime> Times(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).StartsWith("logs", StringComparison.Ordinal) && Path.GetRelativePath(folder, f) != ".hlsd/lock")
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.GetLastWriteTimeUtc), StringComparer.Ordinal);

    /// <summary>Every figure scaled by a factor that depends on <paramref name="i"/>, so no two copies are alike.</summary>
    public static string Vary(string text, int i) =>
        Regex.Replace(text, @"(?<![\d,.])\d{1,3}(?:,\d{3})*(?![\d,])", m =>
            m.Value.Length == 4 && m.Value.StartsWith('2') ? m.Value
                : (long.Parse(m.Value.Replace(",", ""), CultureInfo.InvariantCulture) * (i % 9 + 2)).ToString("#,0", CultureInfo.InvariantCulture))
        + string.Create(CultureInfo.InvariantCulture, $"\n\nCopy {i}.\n");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
