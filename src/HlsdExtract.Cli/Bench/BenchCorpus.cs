using HlsdExtract.Batch;

namespace HlsdExtract.Cli.Bench;

/// <summary>
/// The documents a benchmark runs on: every supported input under a folder (as <c>hlsd extract</c>
/// finds them), or an even spread of them when fewer are asked for; else readouts generated from
/// the bundled ones.
/// </summary>
internal static class BenchCorpus
{
    /// <summary>Every input <c>hlsd extract</c> would read under <paramref name="dir"/>, in its order.</summary>
    public static IReadOnlyList<string> Files(string dir)
    {
        var found = InputDiscovery.Discover([dir]);
        return found.Files.ToList();
    }

    /// <summary><paramref name="count"/> of <paramref name="files"/> taken at an even stride (all of them when count is 0 or more than there are).</summary>
    public static IReadOnlyList<string> Spread(IReadOnlyList<string> files, int count)
    {
        if (count <= 0 || count >= files.Count)
        {
            return files;
        }

        return Enumerable.Range(0, count).Select(i => files[(int)((long)i * files.Count / count)]).ToList();
    }

    public static List<BenchDocument> Read(IReadOnlyList<string> files) =>
        files.Select(f => new BenchDocument(System.IO.Path.GetFileName(f), f, File.ReadAllBytes(f))).ToList();

    public static List<BenchDocument> Generated(string repo, int count) =>
        CorpusGenerator.Generate(repo, count).Select(d => new BenchDocument(d.Name, null, d.Bytes)).ToList();

    /// <summary>Writes the generated documents to <paramref name="dir"/> (a peer reads files) and returns them with their paths.</summary>
    public static List<BenchDocument> Materialize(List<BenchDocument> corpus, string dir)
    {
        return corpus.Select(d =>
        {
            if (d.Path is not null)
            {
                return d;
            }

            var path = System.IO.Path.Combine(dir, d.Name);
            File.WriteAllBytes(path, d.Bytes);
            return d with { Path = path };
        }).ToList();
    }
}
