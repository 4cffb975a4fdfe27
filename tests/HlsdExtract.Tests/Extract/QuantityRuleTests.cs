using HlsdExtract.Extract.Quantities;
using HlsdExtract.Language.Dates;

namespace HlsdExtract.Tests.Extract;

/// <summary>One row per quantity form and trap, written for the form (not copied from the seed).</summary>
public sealed class QuantityRuleTests
{
    private static List<(string Text, decimal Value, string Unit, string? Item, string? Qualifier, decimal? Kg)> Scan(string sentence)
    {
        var dates = DateScanner.Scan(sentence, 2020, null).Select(d => (d.Start, d.End)).ToList();
        return QuantityScanner.Scan(sentence, dates).Select(q => (sentence[q.Start..q.End], q.Value / 1.000000m, q.Unit, q.Item, q.Qualifier, q.ValueKg)).ToList();
    }

    [Theory]
    [InlineData("Police seized 1,250 rifles last month.", 1250, "count", "rifles", null)]
    [InlineData("Agents found 5812 pill molds.", 5812, "count", "pill molds", null)]
    [InlineData("The grant was $3.4 billion for clinics.", 3400000000, "USD", "clinics", null)]
    [InlineData("Reach hit 2.35M views.", 2350000, "count", "views", null)]
    [InlineData("Teams recovered seven stolen trucks.", 7, "count", "stolen trucks", null)]
    [InlineData("Ads reached nearly a million viewers.", 1000000, "count", "viewers", "nearly")]
    [InlineData("Fines reached 40 million pesos in total.", 40000000, "MXN", null, null)]
    [InlineData("Use rose 12 percent among teens.", 12, "percent", "among teens", null)]
    [InlineData("Use rose 9% among adults.", 9, "percent", "among adults", null)]
    [InlineData("He was sentenced to 84 months in prison.", 84, "month", "prison", null)]
    [InlineData("They trained over 600 judges.", 600, "count", "judges", "more_than")]
    [InlineData("They trained more than 90 judges.", 90, "count", "judges", "more_than")]
    [InlineData("They trained in excess of 90 judges.", 90, "count", "judges", "more_than")]
    [InlineData("They trained at least 35 judges.", 35, "count", "judges", "at_least")]
    [InlineData("They trained approximately 35 judges.", 35, "count", "judges", "approximately")]
    [InlineData("They trained about 35 judges.", 35, "count", "judges", "approximately")]
    [InlineData("They trained almost 35 judges.", 35, "count", "judges", "nearly")]
    [InlineData("They trained up to 35 judges.", 35, "count", "judges", "up_to")]
    [InlineData("They trained 300+ judges.", 300, "count", "judges", "more_than")]
    [InlineData("They trained fewer than 20 judges.", 20, "count", "judges", "less_than")]
    [InlineData("He conspired to sell 400 grams or more of heroin.", 400, "g", "heroin", "at_least")]
    [InlineData("Prosecutors charged two dozen smugglers.", 24, "count", "smugglers", null)]
    [InlineData("Agents seized a dozen rifles.", 12, "count", "rifles", null)]
    [InlineData("They arrested one courier at the port.", 1, "count", "courier", null)]
    [InlineData("Some 14 provinces eventually joined the pact.", 14, "count", "provinces", "approximately")]
    [InlineData("They shipped 20 crates it had sealed.", 20, "count", "crates", null)]
    [InlineData("Thefts fell 8 percent last spring.", 8, "percent", null, null)]
    [InlineData("Costs rose 4 percent compared to the year before.", 4, "percent", null, null)]
    [InlineData("Seizures began more than 6 decades ago.", 6, "count", "decades", "more_than")]
    [InlineData("Clinics gave out 3 million potentially lifesaving kits.", 3000000, "count", "potentially lifesaving kits", null)]
    [InlineData("The court ordered him to forfeit $4 million after trial.", 4000000, "USD", "forfeiture", null)]
    [InlineData("Congress set aside $80 million for the Border Health Program.", 80000000, "USD", "Border Health Program", null)]
    [InlineData("It sold for almost $7,000 in the U.S. alone.", 7000, "USD", null, "nearly")]
    public void AFigureHasItsValueUnitItemAndQualifier(string sentence, double value, string unit, string? item, string? qualifier)
    {
        var q = Assert.Single(Scan(sentence));
        Assert.Equal(((decimal)value, unit, qualifier), (q.Value, q.Unit, q.Qualifier));
        if (item is null)
        {
            Assert.Null(q.Item);
        }
        else
        {
            Assert.Contains(item, q.Item);
        }
    }

    [Theory]
    [InlineData("Agents seized 40 pounds of heroin.", 40, "lb", 18.144)]
    [InlineData("Agents seized 12 lbs of heroin.", 12, "lb", 5.443)]
    [InlineData("Agents seized 30 kilos of cocaine.", 30, "kg", 30)]
    [InlineData("Agents seized 500 grams of fentanyl.", 500, "g", 0.5)]
    [InlineData("Agents seized 2 metric tons of cocaine.", 2, "ton", 2000)]
    public void MassesKeepTheirUnitAndGiveKilograms(string sentence, double value, string unit, double kg)
    {
        var q = Assert.Single(Scan(sentence));
        Assert.Equal(((decimal)value, unit), (q.Value, q.Unit));
        Assert.Equal((decimal)kg, Math.Round(q.Kg!.Value, 3));
        Assert.NotNull(q.Item);
    }

    [Fact]
    public void AMassWithItsConversionInBracketsIsTwoQuantities()
    {
        var qs = Scan("They seized 45.5 kilograms (100.3 pounds) of meth.");
        Assert.Equal([(45.5m, "kg"), (100.3m, "lb")], qs.Select(q => (q.Value, q.Unit)));
    }

    [Fact]
    public void ARewardRaisedFromOneFigureToAnotherIsTwoQuantities()
    {
        var qs = Scan("The reward rose from $2 million to up to $7 million.");
        Assert.Equal([(2000000m, "USD", (string?)null), (7000000m, "USD", "up_to")], qs.Select(q => (q.Value, q.Unit, q.Qualifier)));
    }

    [Fact]
    public void BareNumbersInAListTakeTheItemCountedBefore()
    {
        var qs = Scan("Courts charged 19 of these defendants with fraud, six with assault, and 3 on other counts.");
        Assert.Equal([19m, 6m, 3m], qs.Select(q => q.Value));
        Assert.All(qs, q => Assert.Equal("defendants", q.Item));
    }

    [Theory]
    [InlineData("The Summit of 2019 ended.")]
    [InlineData("Task Unit 7 (TU-7) met.")]
    [InlineData("Under ISO/IEC 27001:2013 rules.")]
    [InlineData("The 19th Amendment passed.")]
    [InlineData("Overdoses rose sharply in the 2010s.")]
    [InlineData("Our two nations agreed on all three points.")]
    [InlineData("Budgets for FY2019 grew.")]
    [InlineData("The One Voice Initiative began.")]
    [InlineData("A 30-year-old man was held.")]
    [InlineData("Serial 123456789012345678901234567890 was logged.")]
    [InlineData("Agents found 99999999999999999999999999 trillion pills.")]
    [InlineData("The rule rests on section 4412 of the statute.")]
    [InlineData("It is codified at 33 U.S.C. 1251 and nowhere else.")]
    [InlineData("See 7 CFR Part 205 for the standard.")]
    [InlineData("The board cited Title 12 powers.")]
    [InlineData("Its authority lies in § 706 alone.")]
    [InlineData("The notice ran at 71 Fed. Reg. 5400 that week.")]
    [InlineData("Executive Order 12345 directed agencies to act.")]
    [InlineData("Under Executive Order (EO) 12345 agencies must act.")]
    [InlineData("Clinics reopened after the COVID 19 emergency.")]
    public void IdentifiersYearsOrdinalsAndGenericCountsAreNotQuantities(string sentence) =>
        Assert.Empty(Scan(sentence));
    [Theory]
    [InlineData("Police made 12 city arrests and three county arrests.", 12, "city arrests", 3, "county arrests")]
    [InlineData("Crews cleared 40 miles of road and nine bridges.", 40, "road", 9, "bridges")]
    public void TwoCountsJoinedByAndAreTwoFigures(string sentence, double first, string firstItem, double second, string secondItem)
    {
        var qs = Scan(sentence);
        Assert.Equal([((decimal)first, firstItem), ((decimal)second, secondItem)], qs.Select(q => (q.Value, q.Item!)));
    }

    [Theory]
    [InlineData("The judge imposed a 96-month term of imprisonment.", 96, "month", "term of imprisonment")]
    [InlineData("She faces a 15-year prison sentence.", 15, "year", "prison sentence")]
    [InlineData("The 41-count indictment was unsealed on Friday.", 41, "count", "counts in indictment")]
    [InlineData("Both sides patrol a 1,200-mile river border.", 1200, "mile", "river border")]
    public void ANumberWithAHyphenatedUnitModifyingANounIsAFigure(string sentence, double value, string unit, string item)
    {
        var q = Scan(sentence).First();
        Assert.Equal(((decimal)value, unit, item), (q.Value, q.Unit, q.Item));
    }

    [Fact]
    public void NumbersInAListShareTheUnitOfTheLast()
    {
        var qs = Scan("The three defendants were sentenced to 48, 30, and 12 months.");
        Assert.Equal([(48m, "month"), (30m, "month"), (12m, "month")], qs.Select(q => (q.Value, q.Unit)));
        Assert.All(qs, q => Assert.Equal("prison sentence", q.Item));
    }

    [Fact]
    public void BothEndsOfAMoneyRangeTakeTheItemWrittenAfterTheSecond()
    {
        var qs = Scan("The State Department raised its offer from $2 million to up to $6 million of the reward fund.");
        Assert.Equal([(2000000m, "reward fund"), (6000000m, "reward fund")], qs.Select(q => (q.Value, q.Item)));
    }

    [Fact]
    public void NumbersInAListShareTheUnitAndItemOfTheLast()
    {
        var qs = Scan("Officers seized 7, 9 and 14 kilograms of heroin at three ports.");
        Assert.Equal([(7m, "kg", "heroin"), (9m, "kg", "heroin"), (14m, "kg", "heroin")], qs.Take(3).Select(q => (q.Value, q.Unit, q.Item)));
    }

    [Theory]
    [InlineData("Border Agents Seize Seven Rifles at Crossing", 7, "Rifles")]
    [InlineData("Customs Stops Nearly 300,000 Counterfeit Pills", 300000, "Counterfeit Pills")]
    public void AHeadlineInTitleCaseCountsItsCapitalizedNoun(string headline, double value, string item)
    {
        var q = Assert.Single(Scan(headline));
        Assert.Equal(((decimal)value, item), (q.Value, q.Item));
    }

    [Theory]
    [InlineData("Three Canadian nationals were charged.", 3, "Canadian nationals")]
    [InlineData("EL PASO, Texas \u2013 Two Mexican citizens were sentenced.", 2, "Mexican citizens")]
    public void AWordNumberOpeningASentenceBeforeACapitalizedModifierIsAFigure(string sentence, double value, string item)
    {
        var q = Assert.Single(Scan(System.Text.RegularExpressions.Regex.Unescape(sentence)));
        Assert.Equal(((decimal)value, item), (q.Value, q.Item));
    }

    [Theory]
    [InlineData("It is one of the largest networks in the region.")]
    [InlineData("The drug is nearly 50 times stronger than heroin.")]
    [InlineData("The truck crossed 30 miles west of the port.")]
    [InlineData("Three Amigos leaders met in Ottawa.")]
    [InlineData("Remarks by the President Before Marine One Departure")]
    [InlineData("The task force is one model for other regions.")]
    [InlineData("The agencies will act as one team against smugglers.")]
    [InlineData("The treaty was signed in the year two thousand nineteen by both.")]
    public void MembersMultipliersAndPlacingDistancesAreNotFigures(string sentence) =>
        Assert.Empty(Scan(sentence));

    [Theory]
    [InlineData("Just two milligrams of fentanyl can kill.", 2, "mg")]
    [InlineData("Agents seized over $3 million dollars in cash.", 3000000, "USD")]
    public void UnitsWrittenOutAreRead(string sentence, double value, string unit)
    {
        var q = Assert.Single(Scan(sentence));
        Assert.Equal(((decimal)value, unit), (q.Value, q.Unit));
    }

    [Theory]
    [InlineData("Las autoridades aseguraron más de 1,500 kilos de cocaína.", 1500, "kg", "more_than")]
    [InlineData("El programa costó 3.2 mil millones de dólares en total.", 3200000000, "USD", null)]
    [InlineData("Participaron nueve instituciones federales del país.", 9, "count", null)]
    [InlineData("Se detuvo a casi 40 personas en la frontera.", 40, "count", "nearly")]
    [InlineData("El gasto creció 12 por ciento este año.", 12, "percent", null)]
    public void SpanishFiguresHaveTheirValueUnitAndQualifier(string sentence, double value, string unit, string? qualifier)
    {
        var q = Assert.Single(Scan(sentence));
        Assert.Equal(((decimal)value, unit, qualifier), (q.Value, q.Unit, q.Qualifier));
    }

    [Theory]
    [InlineData("The firm had served the region for more than 40 years.")]
    [InlineData("It was a 36-month program of visits.")]
    [InlineData("Officers searched a 2019 Kenworth tractor.")]
    [InlineData("Traffickers bought 3D printers online.")]
    public void PeriodLengthsModelYearsAndGluedIdentifiersAreNotFigures(string sentence) =>
        Assert.Empty(Scan(sentence));
}
