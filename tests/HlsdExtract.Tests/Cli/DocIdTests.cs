using HlsdExtract.Batch;
using HlsdExtract.Cli;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>One document id per input path, whatever the names look like, the same for any --jobs, kept when the content is edited.</summary>
[Collection("cli")]
public sealed class DocIdTests
{
    [Fact]
    public void InputsWhoseNamesOrBytesCollideStillGetOneIdEachWhateverTheJobs()
    {
        var root = Directory.CreateTempSubdirectory("hlsd-ids").FullName;
        var input = Path.Combine(root, "in");
        var seed = TestData.ReadText(TestData.Seed);
        var longStem = new string('r', 85);
        foreach (var name in new[] { "a b.txt", "a_b.txt", "x/same.txt", "y/same.txt", longStem + "1.txt", longStem + "2.txt" })
        {
            var path = Path.Combine(input, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, seed);
        }

        Assert.Equal(0, CliApp.Run(["extract", input, "-o", Path.Combine(root, "one"), "--jobs", "1", "--quiet"]));
        Assert.Equal(0, CliApp.Run(["extract", input, "-o", Path.Combine(root, "four"), "--jobs", "4", "--quiet"]));

        var one = Ids(Path.Combine(root, "one"));
        Assert.Equal(6, one.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(6, Directory.GetFiles(Path.Combine(root, "one"), "*.json").Length);
        Assert.Equal(one, Ids(Path.Combine(root, "four")));
    }

    [Fact]
    public void AnEditedInputKeepsItsIdAndTheManifestHoldsTheNewContentHash()
    {
        using var corpus = new CorpusFolder();
        var output = corpus.Output("out");
        Assert.Equal(0, CliApp.Run(["extract", corpus.Input, "-o", output, "--quiet"]));
        var seed = Path.Combine(corpus.Input, Path.GetFileName(TestData.Seed));
        var before = Manifest.Load(output, PipelineVersion.Current).Entries[seed];
        File.AppendAllText(seed, "\n• CBP seized 7,777 pounds of cocaine.\n");

        Assert.Equal(0, CliApp.Run(["extract", corpus.Input, "-o", output, "--quiet"]));

        var after = Manifest.Load(output, PipelineVersion.Current).Entries[seed];
        Assert.Equal(before.DocId, after.DocId);
        Assert.NotEqual(before.Sha256, after.Sha256);
        Assert.Equal(corpus.Count, Directory.GetFiles(output, "*.json").Length);
        Assert.Contains("7777", File.ReadAllText(Path.Combine(output, after.DocId + ".json")), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Ids(string output) =>
        Manifest.Load(output, PipelineVersion.Current).Entries.Values.ToDictionary(e => e.Path, e => e.DocId, StringComparer.Ordinal);
}
