using System.Text.Json;
using System.Text;
using HlsdExtract.Export;
using HlsdExtract.Export.Csv;
using HlsdExtract.Export.Json;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Export;

public sealed class ExportTests
{
    [Fact]
    public void TheSameInputGivesByteIdenticalJson()
    {
        var first = DocumentJsonWriter.ToBytes(TestData.Run(TestData.Seed));
        var again = DocumentJsonWriter.ToBytes(PipelineOnce());
        Assert.Equal(first, again);

        static HlsdExtract.Model.Document PipelineOnce() =>
            HlsdExtract.Pipeline.PipelineBuilder.CreateDefault().Build()
                .Run(new HlsdExtract.Contracts.RawInput(TestData.Seed, File.ReadAllBytes(TestData.PathOf(TestData.Seed))));
    }

    [Fact]
    public void TheJsonFollowsTheContract()
    {
        var doc = TestData.Run(TestData.Seed);
        using var json = JsonDocument.Parse(DocumentJsonWriter.ToBytes(doc));
        var root = json.RootElement;
        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
        Assert.Equal(doc.DocId, root.GetProperty("docId").GetString());
        Assert.Equal("txt", root.GetProperty("source").GetProperty("format").GetString());
        Assert.Equal(64, root.GetProperty("source").GetProperty("sha256").GetString()!.Length);
        var text = root.GetProperty("text").GetString()!;
        foreach (var section in root.GetProperty("sections").EnumerateArray())
        {
            foreach (var block in section.GetProperty("blocks").EnumerateArray())
            {
                var start = block.GetProperty("start").GetInt32();
                var end = block.GetProperty("end").GetInt32();
                Assert.Equal(block.GetProperty("text").GetString(), text[start..end]);
            }
        }

        foreach (var name in new[] { "metadata", "boilerplate", "entities", "dates", "quantities" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public void DocIdsAreSafeAsFileNamesAndOnePerInputPath()
    {
        var id = HlsdExtract.Ingest.DocIds.Make("dir/My Readout: \"final\" ?.txt");
        Assert.Matches("^My_Readout___final-[0-9a-f]{16}$", id);
        Assert.Equal(id, HlsdExtract.Ingest.DocIds.Make("dir/My Readout: \"final\" ?.txt"));
        Assert.NotEqual(id, HlsdExtract.Ingest.DocIds.Make("other/My Readout: \"final\" ?.txt"));
    }

    [Theory]
    [InlineData("=SUM(A1:A2)")]
    [InlineData("+1 555")]
    [InlineData("-2+3")]
    [InlineData("@cmd")]
    [InlineData("\tTabbed")]
    public void CellsThatLookLikeFormulasAreWrittenAsText(string cell)
    {
        string[] header = ["a", "b"];
        string?[] row = [cell, "plain"];
        var csv = Encoding.UTF8.GetString(CsvTableWriter.ToBytes(header, [row]));
        var line = csv.Split("\r\n")[1];
        Assert.StartsWith("'", line.TrimStart('"'), StringComparison.Ordinal);
        Assert.Equal(cell, CsvCells.Unescape(line.TrimStart('"').Split(',')[0].TrimEnd('"')));
    }

    [Theory]
    [InlineData("-12")]
    [InlineData("-0.5")]
    [InlineData("46100000000")]
    public void NegativeAndPlainNumbersStayNumbers(string cell)
    {
        string[] header = ["a"];
        string?[] row = [cell];
        Assert.Equal("\uFEFFa\r\n" + cell + "\r\n", Encoding.UTF8.GetString(CsvTableWriter.ToBytes(header, [row])));
    }

    [Fact]
    public void CsvQuotesCommasQuotesAndNewlines()
    {
        string[] header = ["a", "b"];
        string?[] row = ["x, \"y\"\nz", null];
        var csv = Encoding.UTF8.GetString(CsvTableWriter.ToBytes(header, [row]));
        Assert.Equal("\uFEFFa,b\r\n\"x, \"\"y\"\"\nz\",\r\n", csv);
    }

    [Fact]
    public void AtomicWriteLeavesNoTemporaryFile()
    {
        var dir = Directory.CreateTempSubdirectory("hlsd-atomic").FullName;
        var path = Path.Combine(dir, "out.csv");
        AtomicFile.Write(path, s => s.Write("one"u8));
        Assert.True(AtomicFile.WriteIfChanged(path, "two"u8.ToArray()));
        Assert.False(AtomicFile.WriteIfChanged(path, "two"u8.ToArray()));
        Assert.Equal("two", File.ReadAllText(path));
        Assert.Equal(["out.csv"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }
}
