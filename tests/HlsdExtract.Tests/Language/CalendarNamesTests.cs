using HlsdExtract.Language;
using HlsdExtract.Language.Dates;

namespace HlsdExtract.Tests.Language;

/// <summary>Month and weekday names are looked up in the language's table: names and abbreviations, any case, a trailing period ignored.</summary>
public sealed class CalendarNamesTests
{
    [Theory]
    [InlineData("October", 10)]
    [InlineData("october", 10)]
    [InlineData("Oct.", 10)]
    [InlineData("Sept", 9)]
    [InlineData("Sep.", 9)]
    [InlineData("May", 5)]
    [InlineData("Octo", 0)]
    [InlineData("Septem", 0)]
    [InlineData("Mayor", 0)]
    [InlineData("Monday", 0)]
    public void AnEnglishMonthIsItsNameOrAbbreviation(string written, int month)
    {
        Assert.Equal(month != 0, DateParts.TryMonth(written, out var found));
        Assert.Equal(month, found);
    }

    [Theory]
    [InlineData("octubre", 10)]
    [InlineData("Setiembre", 9)]
    [InlineData("septiembre", 9)]
    [InlineData("October", 0)]
    public void ASpanishMonthIsLookedUpInTheSpanishTable(string written, int month) =>
        Assert.Equal(month != 0, LanguageData.Spanish.Months.TryGet(written, out var found) && found == month);

    [Theory]
    [InlineData("Thurs", 4)]
    [InlineData("Sunday", 7)]
    [InlineData("Tue.", 2)]
    public void AWeekdayIsItsNameOrAbbreviation(string written, int day) =>
        Assert.True(LanguageData.English.Weekdays.TryGet(written, out var found) && found == day);

    [Fact]
    public void OnlyMayIsAMonthNameThatIsAlsoACommonWord() =>
        Assert.Equal(["May"], LanguageData.English.Months.AlsoWords);
}
