using HlsdExtract.Cli;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>
/// The batch over ~200 inputs, good and hostile: it finishes, extracts every good document,
/// reports every bad one in errors.csv, exits 2 and leaves no temporary file.
/// </summary>
[Collection("cli")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileCorpusTests
{
    [Fact]
    public void AHostileBatchExtractsEveryGoodDocumentAndReportsEveryBadOne()
    {
        using var corpus = new HostileCorpus();
        var output = Path.Combine(corpus.Root, "out");

        var exit = CliApp.Run(["extract", corpus.Root + "/good", corpus.Root + "/odd names ..", corpus.Root + "/hostile", "-o", output, "--quiet"]);

        Assert.Equal(2, exit);
        var errors = CsvFile.Read(Path.Combine(output, "errors.csv"));
        foreach (var (name, stage) in corpus.Failing)
        {
            var row = Assert.Single(errors, r => Path.GetFileName(r["path"]) == name);
            Assert.Equal(stage, row["stage"]);
            Assert.False(string.IsNullOrWhiteSpace(row["message"]));
        }

        Assert.Contains("encrypted", Assert.Single(errors, r => r["path"].EndsWith("encrypted.pdf", StringComparison.Ordinal))["message"], StringComparison.Ordinal);
        Assert.Contains("limit", Assert.Single(errors, r => r["path"].EndsWith("huge-60mb.txt", StringComparison.Ordinal))["message"], StringComparison.Ordinal);
        Assert.True(corpus.Failing.Count + (HostileCorpus.CanReadUnreadable ? 0 : 1) == errors.Count, string.Join("\n", errors.Select(e => $"{e["path"]}: {e["stage"]}: {e["message"]}")));
        Assert.Equal(corpus.ExpectedDocuments, Directory.GetFiles(output, "*.json").Length);
        Assert.Empty(Directory.GetFiles(corpus.Root, "*.tmp-hlsd", SearchOption.AllDirectories));

        var documents = CsvFile.Read(Path.Combine(output, "documents.csv")).ToDictionary(r => Path.GetFileName(r["source_path"]), r => r["doc_id"]);
        var blocks = CsvFile.Read(Path.Combine(output, "blocks.csv")).ToLookup(r => r["doc_id"]);
        var quantities = CsvFile.Read(Path.Combine(output, "quantities.csv")).ToLookup(r => r["doc_id"]);
        var seed = documents["2023-10-05-hlsd-third-meeting.txt"];
        Assert.Equal(48, Bullets(blocks[seed]).Count);
        foreach (var (rendering, fold) in new (string, Func<string, string>)[] { ("seed.html", s => s), ("seed.pdf", Renderings.Fold), ("utf16-le.txt", s => s), ("utf16-be.txt", s => s), ("cr-only.txt", s => s) })
        {
            var id = documents[rendering];
            Assert.Equal(Bullets(blocks[seed]).Select(fold), Bullets(blocks[id]));
            Assert.Equal(Figures(quantities[seed]).Select(fold), Figures(quantities[id]));
        }

        Assert.Contains(quantities[documents["deep-10000.html"]], r => r["value"] == "1200" && r["unit"] == "kg");
        Assert.True(quantities[documents["one-line-5mb.txt"]].Count() > 10_000);
        Assert.Equal(Figures(quantities[seed]).Count, Figures(quantities[documents["invalid-utf8.txt"]]).Count);
    }

    private static List<string> Bullets(IEnumerable<Dictionary<string, string>> rows) =>
        rows.Where(r => r["kind"] == "bullet").Select(r => r["text"]).ToList();

    private static List<string> Figures(IEnumerable<Dictionary<string, string>> rows) =>
        rows.Select(r => string.Join("|", r["text"], r["value"], r["unit"], r["item"], r["operation"])).ToList();
}
