using System.Text.Json;
using HlsdExtract.Cli;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Diff;

/// <summary>
/// <c>hlsd diff</c> on the real pair: the 2022 White House fact sheet as archived (hard-wrapped
/// Markdown) against the 2023 State Department readout, checked against the hand-made expected
/// diff. Changes are matched on unit and both values (the expected file names items its own way).
/// </summary>
[Collection("cli")]
public sealed class RealPairDiffTests
{
    public const string Older = "corpus/readouts/2022-10-13-hlsd-second-meeting-fact-sheet.md";
    public const string Expected = "Data/fixtures/2022-10-13-to-2023-10-05.expected-diff.json";

    private static readonly Lazy<string> Output = new(() =>
    {
        var output = Directory.CreateTempSubdirectory("hlsd-real-diff").FullName;
        Assert.Equal(0, CliApp.Run(["diff", TestData.PathOf(Older), TestData.PathOf(TestData.Seed), "-o", output, "--quiet"]));
        return output;
    });

    private static JsonElement Want => TestData.Gold(Expected);

    private static JsonElement Pair => JsonDocument.Parse(File.ReadAllText(Path.Combine(Output.Value, "diff.json"))).RootElement.GetProperty("pairs")[0];

    [Fact]
    public void AtLeastEightOfTheNineExpectedChangesAreReportedWithBothValues()
    {
        var reported = Pair.GetProperty("changed").EnumerateArray().ToList();
        var missing = Want.GetProperty("changed").EnumerateArray().Where(e => !reported.Any(r => SameValues(e, r))).Select(e => e.GetProperty("item").GetString()).ToList();
        Assert.True(missing.Count <= 1, "missing changes: " + string.Join(", ", missing));
    }

    [Fact]
    public void AtMostOneReportedChangeIsNotInTheExpectedDiff()
    {
        var expected = Want.GetProperty("changed").EnumerateArray().ToList();
        var extra = Pair.GetProperty("changed").EnumerateArray().Where(r => !expected.Any(e => SameValues(e, r)))
            .Select(r => $"{r.GetProperty("item").GetString()} {r.GetProperty("older")} -> {r.GetProperty("newer")}").ToList();
        Assert.True(extra.Count <= 1, "changes not in the expected diff: " + string.Join("; ", extra));
    }

    [Fact]
    public void TheFirearmTracesIncreaseIsReportedUnchanged()
    {
        var rows = CsvFile.Read(Path.Combine(Output.Value, "diff.csv"));
        Assert.Contains(rows, r => r["status"] == "unchanged" && r["unit"] == "percent" && r["older_value"] == "40" && r["newer_value"] == "40"
            && r["operation"].Length == 0 && r["item"].Contains("firearm traces", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSevenNewOperationsAreAddedAndTheThreeOfBothYearsNeitherAddedNorDropped()
    {
        var added = Strings(Pair, "operationsAdded");
        var dropped = Strings(Pair, "operationsDropped");
        Assert.All(Strings(Want, "operationsAdded"), op => Assert.Contains(op, added));
        Assert.All(Strings(Want, "operationsInBoth"), op => Assert.DoesNotContain(op, added.Concat(dropped)));
    }

    [Fact]
    public void AtLeastThreeOfTheFourRenamedHeadingsAreFound()
    {
        var reported = Pair.GetProperty("headingsRenamed").EnumerateArray().Select(Rename).ToHashSet();
        var found = Want.GetProperty("headingsRenamed").EnumerateArray().Select(Rename).Count(reported.Contains);
        Assert.True(found >= 3, $"{found} of 4 renames found; reported: {string.Join("; ", reported)}");
    }

    [Fact]
    public void GoalLinesAreNotReportedAsDroppedSections()
    {
        Assert.DoesNotContain(Strings(Pair, "headingsDropped"), h => h.StartsWith("GOAL", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void PairsBelowTheBarAreListedAsPossibleMatchesWithAReason()
    {
        var possible = Pair.GetProperty("possibleMatches").EnumerateArray().ToList();
        Assert.NotEmpty(possible);
        Assert.All(possible, p => Assert.NotEmpty(p.GetProperty("why").EnumerateArray()));
        var changed = Pair.GetProperty("changed").EnumerateArray().Select(r => (r.GetProperty("older").GetDecimal(), r.GetProperty("newer").GetDecimal())).ToHashSet();
        Assert.DoesNotContain(possible, p => changed.Contains((p.GetProperty("older").GetDecimal(), p.GetProperty("newer").GetDecimal())));
    }

    private static bool SameValues(JsonElement expected, JsonElement reported) =>
        reported.GetProperty("unit").GetString() == expected.GetProperty("unit").GetString()
        && reported.GetProperty("older").GetDecimal() == expected.GetProperty("older").GetDecimal()
        && reported.GetProperty("newer").GetDecimal() == expected.GetProperty("newer").GetDecimal();

    private static (string?, string?) Rename(JsonElement e) => (e.GetProperty("older").GetString(), e.GetProperty("newer").GetString());

    private static List<string> Strings(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).ToList();
}
