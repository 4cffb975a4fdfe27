using HlsdExtract.Model;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Extract;

/// <summary>The same extractors on the synthetic next-year readout, without any rule written for it.</summary>
public sealed class FixtureExtractionTests
{
    private static readonly HlsdExtract.Model.Document Doc = TestData.Run(TestData.Fixture);

    [Theory]
    [InlineData("Operation Apollo", 41, "count", "arrests")]
    [InlineData("Operation Apollo", 3210, "lb", "fentanyl")]
    [InlineData("Operation Apollo", 18, "count", "pill presses")]
    [InlineData("Operation Overdrive", 2450, "count", "arrests")]
    [InlineData("Operation Overdrive", 21000000, "count", "doses of fentanyl")]
    [InlineData("Operation Rolling Wave", 6002, "lb", "cocaine")]
    [InlineData("Operation Rolling Wave", 2870, "lb", "fentanyl")]
    [InlineData("Operation Without a Trace", 1012, "count", "investigations")]
    [InlineData("Operation Without a Trace", 950, "count", "arrests")]
    public void ChangedAndNewFiguresAreExtractedWithTheirOperation(string operation, double value, string unit, string item)
    {
        var q = Assert.Single(Doc.Quantities, q => q.Value == (decimal)value && q.Unit == unit);
        Assert.Equal(operation, q.Operation);
        Assert.Contains(item, q.Item, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void DroppedOperationsAreAbsentAndApolloIsPresent()
    {
        var operations = Doc.Entities.Where(e => e.Type == EntityKind.Operation).Select(e => e.Canonical).ToHashSet();
        Assert.Contains("Operation Apollo", operations);
        Assert.DoesNotContain("Operation Last Mile", operations);
        Assert.DoesNotContain("Operation Artemis", operations);
        Assert.Contains(Doc.Dates, d => d.Text == "March 2024" && d.Normalized == "2024-03");
    }

    [Fact]
    public void FixtureSpansHoldTheirText() => SpanInvariants.AssertHold(Doc);
}
