using HlsdExtract.Diff;

namespace HlsdExtract.Tests.Diff;

/// <summary>Item wording tolerance and the pairing rules of the fact aligner.</summary>
public sealed class AlignmentRuleTests
{
    [Theory]
    [InlineData("arrests", "arrest")]
    [InlineData("activities", "activity")]
    [InlineData("pill presses", "pill press")]
    [InlineData("seizures", "seizure")]
    [InlineData("pounds of fentanyl", "fentanyl")]
    [InlineData("kilograms of crystal/methamphetamine", "crystal/methamphetamine")]
    [InlineData("the firearms", "firearm")]
    [InlineData("Drug-Free Communities", "drug-free community")]
    [InlineData("status", "status")]
    [InlineData("analysis", "analysis")]
    public void ItemKeysIgnoreCasePluralsDeterminersAndALeadingMeasure(string item, string key) =>
        Assert.Equal(key, ItemMatcher.Key(item));

    [Theory]
    [InlineData("potentially deadly doses of fentanyl", "doses of fentanyl", true)]
    [InlineData("new Drug-Free Communities", "Drug-Free Communities", true)]
    [InlineData("fentanyl pills", "pills", true)]
    [InlineData("fentanyl pills", "fentanyl powder", false)]
    [InlineData("arrests", "", false)]
    public void AnAddedModifierStillMatches(string a, string b, bool expected) =>
        Assert.Equal(expected, ItemMatcher.OneExtendsTheOther(a, b));

    [Theory]
    [InlineData("fentanyl pills", "counterfeit pills", true)]
    [InlineData("doses of fentanyl", "lethal doses", true)]
    [InlineData("firearms", "rounds of ammunition", false)]
    public void HeadNounsMatchAcrossWordings(string a, string b, bool expected) =>
        Assert.Equal(expected, ItemMatcher.SameHead(a, b));

    [Fact]
    public void EqualValuesPairFirstSoAnUnchangedFigureIsNotReportedAsChanged()
    {
        var older = new[] { Fact("arrests", 10), Fact("arrests", 20) };
        var newer = new[] { Fact("arrests", 20), Fact("arrests", 30) };

        var aligned = FactAligner.Align(older, newer);

        Assert.Equal(2, aligned.Count);
        Assert.Contains(aligned, a => a.Status == FactStatus.Unchanged && a.Older!.Value == 20);
        Assert.Contains(aligned, a => a.Status == FactStatus.Changed && a.Older!.Value == 10 && a.Newer!.Value == 30);
    }

    [Fact]
    public void FactsAlignOnlyWithinTheSameOperationAndUnit()
    {
        var older = new[] { Fact("fentanyl", 100, "lb", "Operation A"), Fact("fentanyl", 5, "count", "Operation A") };
        var newer = new[] { Fact("fentanyl", 120, "lb", "Operation B"), Fact("fentanyl", 7, "count", "Operation A") };

        var aligned = FactAligner.Align(older, newer);

        Assert.Equal(
            [FactStatus.Dropped, FactStatus.Changed, FactStatus.Added],
            aligned.Select(a => a.Status).ToArray());
    }

    [Fact]
    public void AHeadNounMatchIsUsedOnlyWhenItIsUnambiguous()
    {
        var older = new[] { Fact("fentanyl pills", 10), Fact("counterfeit pills", 20) };
        var newer = new[] { Fact("oxycodone pills", 15) };

        var aligned = FactAligner.Align(older, newer);

        Assert.Equal(2, aligned.Count(a => a.Status == FactStatus.Dropped));
        Assert.Single(aligned, a => a.Status == FactStatus.Added);
    }

    [Fact]
    public void PercentChangeIsRoundedToOneDecimalAndNullFromZero()
    {
        Assert.Equal(61.5m, new AlignedFact(FactStatus.Changed, Fact("doses", 13_000_000), Fact("doses", 21_000_000)).PercentChange);
        Assert.Null(new AlignedFact(FactStatus.Changed, Fact("doses", 0), Fact("doses", 5)).PercentChange);
        Assert.Equal(5m, new AlignedFact(FactStatus.Changed, Fact("doses", 0), Fact("doses", 5)).Change);
    }

    private static DiffFact Fact(string item, decimal value, string unit = "count", string? operation = "Operation X") =>
        new() { Item = item, Value = value, Unit = unit, Operation = operation, Text = value.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
