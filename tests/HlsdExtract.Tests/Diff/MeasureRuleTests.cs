using HlsdExtract.Diff;

namespace HlsdExtract.Tests.Diff;

/// <summary>The rules that decide whether two years' figures are one measure: item, activity, agencies, period, confidence.</summary>
public sealed class MeasureRuleTests
{
    [Theory]
    [InlineData("arrest warrants", "arrest warrants", ItemMatch.Exact)]
    [InlineData("threatened individuals", "individuals", ItemMatch.Extends)]
    [InlineData("entities pursuant", "entities", ItemMatch.Extends)]
    [InlineData("deadly doses of fentanyl", "liquid doses", ItemMatch.SameHead)]
    [InlineData("forensic experts and investigators", "officials", ItemMatch.People)]
    [InlineData("cases of violence", "journalists", ItemMatch.None)]
    [InlineData("fentanyl pills", "fentanyl powder", ItemMatch.None)]
    [InlineData(null, null, ItemMatch.BothEmpty)]
    [InlineData(null, "awards", ItemMatch.None)]
    public void ItemsCompareOnTheirHeadNounAndModifiers(string? a, string? b, ItemMatch expected) =>
        Assert.Equal(expected, ItemMatcher.Compare(a, b));

    [Theory]
    [InlineData("To date, the task force made over 100 arrests.", null, null, PeriodKind.Cumulative)]
    [InlineData("Since its inception in 2021, the task force made over 261 arrests.", "2021", null, PeriodKind.Cumulative)]
    [InlineData("The unit obtained 29 arrest warrants over the past year.", null, null, PeriodKind.Window)]
    [InlineData("Since its inception in FY2020, the effort initiated 803 investigations and executed nearly 800 arrests.", "FY2020", null, PeriodKind.Cumulative)]
    [InlineData("In 2021, the agency seized more than 20.4 million pills.", "2021", null, PeriodKind.Window)]
    [InlineData("The unit obtained five arrest warrants since October 2022.", "2022-10/", "2023-10-05", PeriodKind.Window)]
    [InlineData("Since 2020, the program collected 1,238 samples.", "2020/", "2023-10-05", PeriodKind.Cumulative)]
    [InlineData("Traces rose 40 percent from 2017 to 2023.", "2017/2023", null, PeriodKind.Cumulative)]
    [InlineData("The unit made 120 arrests in FY 2022.", "FY2022", null, PeriodKind.Window)]
    [InlineData("In May 2023, the office trained 75 prosecutors.", "2023-05", null, PeriodKind.Event)]
    [InlineData("September 2022: the office announced the arrest of eight individuals.", "2022-09", null, PeriodKind.Event)]
    [InlineData("The office designated 26 individuals under an order signed in December 2021.", "2021-12", null, PeriodKind.Unstated)]
    [InlineData("The program now supports 751 coalitions.", null, null, PeriodKind.Unstated)]
    public void ThePeriodKindComesFromCuesAndTheExtractedPeriod(string sentence, string? period, string? meeting, PeriodKind expected) =>
        Assert.Equal(expected, PeriodKinds.Classify(sentence, sentence, period, meeting));

    [Fact]
    public void ALoneYearYieldsToTheSentencesRunningTotalCue() => Assert.Equal(
        PeriodKind.Cumulative,
        PeriodKinds.Classify("; over 150 convictions", "Since its inception in 2021, the task force has achieved over 261 arrests; over 150 convictions.", "2021", null));

    [Fact]
    public void EachFigureKeepsItsOwnPartOfASharedSentence()
    {
        const string sentence = "INL and ATF trained 775 experts on firearms identification, as well as 119 experts on eTrace.";
        var parts = FigureClauses.Split(sentence, [Span(sentence, "775 experts"), Span(sentence, "119 experts")]);
        var (first, second) = (sentence[parts[0].Start..parts[0].End], sentence[parts[1].Start..parts[1].End]);
        Assert.Contains("firearms identification", first, StringComparison.Ordinal);
        Assert.DoesNotContain("eTrace", first, StringComparison.Ordinal);
        Assert.Contains("eTrace", second, StringComparison.Ordinal);
        Assert.DoesNotContain("firearms", second, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsOfPeopleUnderDifferentNounsPairWhenTheirActivityMatches()
    {
        var older = Fact("forensic experts and investigators", 775, "INL and ATF trained 775 forensic experts and investigators on firearms and explosives identification", "INL");
        var newer = Fact("officials", 859, "including through training in firearms and explosives identification for 859 officials", "INL");
        var other = Fact("officials", 438, "and a further 438 on the tracing software", "INL");

        var aligned = FactAligner.Align([older], [newer, other]);

        Assert.Contains(aligned, a => a.Status == FactStatus.Changed && a.Newer!.Value == 859);
        Assert.Contains(aligned, a => a.Status == FactStatus.Added && a.Newer!.Value == 438);
    }

    [Fact]
    public void TwoFiguresOfOneItemPairByTheirOwnPartsOfTheSentence()
    {
        const string a = "trained 775 forensic experts from federal and state law enforcement agencies on firearms and explosives identification";
        const string b = "more than 119 forensic experts from federal and state law enforcement agencies on the eTrace system";
        var older = new[] { Fact("forensic experts", 775, a), Fact("forensic experts", 119, b) };
        var newer = new[] { Fact("forensic experts", 118, b.Replace("119", "118", StringComparison.Ordinal)), Fact("forensic experts", 757, a.Replace("775", "757", StringComparison.Ordinal)) };

        var changed = FactAligner.Align(older, newer).Where(f => f.Status == FactStatus.Changed).Select(f => (f.Older!.Value, f.Newer!.Value)).Order();

        Assert.Equal([(119m, 118m), (775m, 757m)], changed);
    }

    [Fact]
    public void ARunningTotalAndOneYearAreDifferentMeasures()
    {
        var aligned = FactAligner.Align([Fact("arrests", 100, "to date", period: PeriodKind.Cumulative)], [Fact("arrests", 40, "in FY2023", period: PeriodKind.Window)]);
        Assert.DoesNotContain(aligned, a => a.Status is FactStatus.Changed or FactStatus.Unchanged);
    }

    [Fact]
    public void AnIncrementAndATotalAreDifferentMeasures()
    {
        var aligned = FactAligner.Align([Fact("additional canines", 13, "donated 13 additional canines")], [Fact("canines", 500, "has donated more than 500 canines")]);
        Assert.DoesNotContain(aligned, a => a.Status is FactStatus.Changed or FactStatus.Unchanged);
    }

    [Theory]
    [InlineData(PeriodKind.Event, "dozen convictions", "one dated event")]
    [InlineData(PeriodKind.Unstated, "several dozen convictions", "a figure without a number")]
    public void AnEventOrAFigureWithoutANumberIsAtMostAPossibleMatch(PeriodKind period, string text, string why)
    {
        var older = Fact("convictions", 12, "secured convictions", period: period) with { Text = text };
        var aligned = FactAligner.Align([older], [Fact("convictions", 150, "secured over 150 convictions", period: period)]);
        var possible = Assert.Single(aligned);
        Assert.Equal(FactStatus.Possible, possible.Status);
        Assert.Contains(why, possible.Why);
    }

    [Fact]
    public void TwoFiguresThatMatchEquallyWellMakeAPossibleMatchNotAChange()
    {
        var older = new[] { Fact("fentanyl pills", 75_000, "helped seize more than 75,000 fentanyl pills"), Fact("fentanyl pills", 172_000, "and more than 172,000 fentanyl pills") };
        var aligned = FactAligner.Align(older, [Fact("pills", 485_000, "over 485,000 pills")]);
        Assert.DoesNotContain(aligned, a => a.Status == FactStatus.Changed);
        Assert.Single(aligned, a => a.Status == FactStatus.Possible);
    }

    [Fact]
    public void ABareFiveDigitNumberIsAnIdentifierNotAFigure()
    {
        var aligned = FactAligner.Align([Fact("entities", 14_059, "pursuant to Executive Order 14059") with { Text = "14059" }], [Fact("entities", 44, "designated 44 entities")]);
        Assert.Equal([FactStatus.Dropped, FactStatus.Added], aligned.Select(a => a.Status));
    }

    [Fact]
    public void DisjointAgenciesKeepTheSameWordingApart()
    {
        var aligned = FactAligner.Align([Fact("police officers", 10_000, "trained police officers", "INL")], [Fact("police officers", 1_040, "trained police officers", "USAID")]);
        Assert.DoesNotContain(aligned, a => a.Status == FactStatus.Changed);
    }

    [Fact]
    public void GoalLinesAreGoalMarkersAndRenamesPairOnTopicThenWords()
    {
        var older = new[]
        {
            new DiffHeading("GOAL 3: PURSUE CRIMINAL NETWORKS", null, null),
            new DiffHeading("Combatting Illicit Finance", "illicit-finance", "pursue", "The dialogue on illicit finance met in May."),
            new DiffHeading("Targeted Financial Measures:", "illicit-finance", "pursue", "OFAC designated 26 individuals."),
        };
        var newer = new[] { new DiffHeading("Disrupt Illicit Finance", "illicit-finance", "pursue", "OFAC designated 53 individuals. The dialogue on illicit finance met.") };

        var changes = HeadingAligner.Align(older, newer);

        Assert.Equal([new HeadingRename("Combatting Illicit Finance", "Disrupt Illicit Finance", "illicit-finance")], changes.Renamed);
        Assert.Equal(["Targeted Financial Measures:"], changes.Dropped);
        Assert.Equal(["GOAL 3: PURSUE CRIMINAL NETWORKS"], changes.GoalsOlder);
    }

    private static (int, int) Span(string sentence, string part) => (sentence.IndexOf(part, StringComparison.Ordinal), sentence.IndexOf(part, StringComparison.Ordinal) + part.Length);

    private static DiffFact Fact(string item, decimal value, string context, string? agency = null, PeriodKind period = PeriodKind.Unstated) => new()
    {
        Item = item, Value = value, Unit = "count", Topic = "topic", Text = value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + " " + item,
        Context = context, Sentence = context, Agencies = agency is null ? [] : [agency], PeriodKind = period,
    };
}
