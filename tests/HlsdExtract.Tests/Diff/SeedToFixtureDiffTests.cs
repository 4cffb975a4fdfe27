using System.Text.Json;
using HlsdExtract.Cli;
using HlsdExtract.Diff;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Diff;

/// <summary>
/// <c>hlsd diff</c> on the real 2023 readout and the synthetic 2024 one, checked against the
/// hand-made expected diff: every changed, added and dropped fact and operation, both renamed
/// headings, and nothing unchanged reported as changed.
/// </summary>
[Collection("cli")]
public sealed class SeedToFixtureDiffTests
{
    private static readonly Lazy<string> Output = new(() =>
    {
        var output = Directory.CreateTempSubdirectory("hlsd-diff").FullName;
        Assert.Equal(0, CliApp.Run(["diff", TestData.PathOf(TestData.Seed), TestData.PathOf(TestData.Fixture), "-o", output, "--xlsx", "--quiet"]));
        return output;
    });

    private static JsonElement Expected => TestData.Gold(TestData.FixtureDiff);

    private static JsonElement Pair => JsonDocument.Parse(File.ReadAllText(Path.Combine(Output.Value, "diff.json"))).RootElement.GetProperty("pairs")[0];

    [Fact]
    public void OperationsAddedAndDroppedAreThoseOfTheExpectedDiff()
    {
        Assert.Equal(Strings(Expected, "operationsAdded").Order(), Strings(Pair, "operationsAdded").Order());
        Assert.Equal(Strings(Expected, "operationsDropped").Order(), Strings(Pair, "operationsDropped").Order());
        Assert.Equal("2023-10-05", Pair.GetProperty("meetingDates").GetProperty("older").GetString());
        Assert.Equal("2024-10-10", Pair.GetProperty("meetingDates").GetProperty("newer").GetString());
    }

    [Fact]
    public void BothRenamedHeadingsAreReportedWithTheirTopic()
    {
        var expected = Expected.GetProperty("headingsRenamed").EnumerateArray().Select(Rename).ToList();
        Assert.Equal(expected, Pair.GetProperty("headingsRenamed").EnumerateArray().Select(Rename).ToList());
    }

    [Fact]
    public void EveryExpectedChangeIsReportedWithBothValues()
    {
        var reported = Pair.GetProperty("changed").EnumerateArray().ToList();
        foreach (var e in Expected.GetProperty("changed").EnumerateArray())
        {
            Assert.True(reported.Count(r => SameFact(e, r) && r.GetProperty("older").GetDecimal() == e.GetProperty("older").GetDecimal()
                && r.GetProperty("newer").GetDecimal() == e.GetProperty("newer").GetDecimal()) == 1, $"missing change {e}");
        }
    }

    [Fact]
    public void NothingUnchangedIsReportedAsChanged()
    {
        var expected = Expected.GetProperty("changed").EnumerateArray().ToList();
        var extra = Pair.GetProperty("changed").EnumerateArray().Where(r => !expected.Any(e => SameFact(e, r))).ToList();

        // The fixture also moves "an increase of $1.6 billion from FY2023" to $1.2 billion, a real
        // change the expected file does not list; anything else reported as changed is a mistake.
        var increase = Assert.Single(extra);
        Assert.Equal(("increase", 1_600_000_000m, 1_200_000_000m), (increase.GetProperty("item").GetString(), increase.GetProperty("older").GetDecimal(), increase.GetProperty("newer").GetDecimal()));
        var rows = CsvFile.Read(Path.Combine(Output.Value, "diff.csv"));
        foreach (var u in Expected.GetProperty("unchangedExamples").EnumerateArray().Where(u => u.GetProperty("item").ValueKind == JsonValueKind.String))
        {
            Assert.Contains(rows, r => r["status"] == "unchanged" && r["operation"] == u.GetProperty("operation").GetString()
                && r["item"] == u.GetProperty("item").GetString() && r["older_value"] == u.GetProperty("value").GetRawText());
        }
    }

    [Fact]
    public void AddedFactsAreTheNewOperationsFiguresAndDroppedOnesBelongToEndedOperations()
    {
        var added = Pair.GetProperty("added").EnumerateArray().ToList();
        Assert.Equal(Expected.GetProperty("added").GetArrayLength(), added.Count);
        foreach (var e in Expected.GetProperty("added").EnumerateArray())
        {
            Assert.Single(added, r => SameFact(e, r) && r.GetProperty("newer").GetDecimal() == e.GetProperty("value").GetDecimal());
        }

        var ended = Strings(Expected, "operationsDropped");
        var dropped = Pair.GetProperty("dropped").EnumerateArray().ToList();
        Assert.Equal(17, dropped.Count);
        Assert.All(dropped, d => Assert.Contains(d.GetProperty("operation").GetString(), ended));
    }

    [Fact]
    public void EachDiffRowCarriesBothSentencesAndBlockIds()
    {
        var rows = CsvFile.Read(Path.Combine(Output.Value, "diff.csv"));
        var overdrive = Assert.Single(rows, r => r["operation"] == "Operation Overdrive" && r["item"] == "arrests");
        Assert.Equal(("changed", "1700", "2450", "750", "44.1"), (overdrive["status"], overdrive["older_value"], overdrive["newer_value"], overdrive["change"], overdrive["percent_change"]));
        Assert.Contains("over 1,700 arrests", overdrive["older_sentence"], StringComparison.Ordinal);
        Assert.Contains("over 2,450 arrests", overdrive["newer_sentence"], StringComparison.Ordinal);
        Assert.StartsWith("b", overdrive["older_block_id"], StringComparison.Ordinal);
        Assert.StartsWith("b", overdrive["newer_block_id"], StringComparison.Ordinal);
    }

    [Fact]
    public void TheMarkdownSummaryPutsTheBiggestChangeFirst()
    {
        var md = File.ReadAllText(Path.Combine(Output.Value, "diff.md"));
        var table = md[md.IndexOf("## Largest changes", StringComparison.Ordinal)..];
        Assert.Contains("| Synthetic Opioids | Operation Overdrive | potentially deadly doses of fentanyl | 13,000,000 | 21,000,000 | +61.5% |", table.Split('\n')[4], StringComparison.Ordinal);
        Assert.Contains("- Heading reworded: \"Synthetic Opioids\" → \"Synthetic Drugs and Precursors\" (topic synthetic-drugs)", md, StringComparison.Ordinal);
        Assert.Contains("- Operations dropped: Operation Artemis, Operation Last Mile", md, StringComparison.Ordinal);
    }

    [Fact]
    public void DiffingOutputFoldersGivesTheSameReportAsDiffingTheReadouts()
    {
        var root = Directory.CreateTempSubdirectory("hlsd-diff-folders").FullName;
        Assert.Equal(0, CliApp.Run(["extract", TestData.PathOf(TestData.Seed), "-o", Path.Combine(root, "2023"), "--quiet"]));
        Assert.Equal(0, CliApp.Run(["extract", TestData.PathOf(TestData.Fixture), "-o", Path.Combine(root, "2024"), "--quiet"]));

        Assert.Equal(0, CliApp.Run(["diff", Path.Combine(root, "2023"), Path.Combine(root, "2024"), "-o", Path.Combine(root, "diff"), "--quiet"]));

        foreach (var file in new[] { "diff.json", "diff.csv", "diff.md", "diff.html" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Output.Value, file)), File.ReadAllText(Path.Combine(root, "diff", file)));
        }
    }

    [Fact]
    public void AMissingSideIsAClearErrorWithExitCodeTwo()
    {
        var output = Directory.CreateTempSubdirectory("hlsd-diff-missing").FullName;
        Assert.Equal(2, CliApp.Run(["diff", TestData.PathOf(TestData.Seed), Path.Combine(output, "nope.txt"), "-o", output, "--quiet"]));
        Assert.False(File.Exists(Path.Combine(output, "diff.csv")));
    }

    /// <summary>Same group (operation, else topic), unit, and item up to wording.</summary>
    private static bool SameFact(JsonElement expected, JsonElement reported)
    {
        var group = expected.TryGetProperty("operation", out var op) ? ("operation", op.GetString()) : ("topic", expected.GetProperty("topic").GetString());
        if (reported.GetProperty(group.Item1).GetString() != group.Item2 || reported.GetProperty("unit").GetString() != expected.GetProperty("unit").GetString())
        {
            return false;
        }

        var item = reported.GetProperty("item").GetString();
        var wanted = expected.GetProperty("item").GetString();
        return item is null || ItemMatcher.Key(item) == ItemMatcher.Key(wanted) || ItemMatcher.OneExtendsTheOther(item, wanted);
    }

    private static (string?, string?, string?) Rename(JsonElement e) =>
        (e.GetProperty("older").GetString(), e.GetProperty("newer").GetString(), e.GetProperty("topic").GetString());

    private static List<string> Strings(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).ToList();
}
