using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HlsdExtract.Language.Dates;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Properties;

/// <summary>
/// The grammar's month slot, built from <c>Data/en/months.tsv</c>, finds the complete dates a
/// general capitalized-word slot checked against the month table finds (how the full dates were
/// read before the grammar was written once).
/// </summary>
public sealed class MonthSlotProperties
{
    private static readonly string[] Fragments =
    [
        "October", "Oct", "Sept", "Sep", "May", "Mayor", "Mar", "March", "Marc", "Septem", "Phase", "June", "JAN", "Janu", "december",
        ".", ". ", " ", ", ", ",", "5", "31", "2023", "1999", "20", "/", "x", "\n", "-", "(",
    ];

    private static readonly Regex GeneralMonthFirst = new(@"\b(?<m>[A-Z][a-z]{2,8})\.? (?<d>[0-9]{1,2}),? (?<y>(?:19|20)[0-9]{2})\b", RegexOptions.CultureInvariant);
    private static readonly Regex GeneralDayFirst = new(@"\b(?<d>[0-9]{1,2}) (?<m>[A-Z][a-z]{2,8})\.?,? (?<y>(?:19|20)[0-9]{2})\b", RegexOptions.CultureInvariant);

    [Property(MaxTest = 3000)]
    public Property TheMonthSlotFindsWhatAGeneralSlotCheckedAgainstTheTableFinds() =>
        Prop.ForAll(GluedText.Of(Fragments), text =>
        {
            Assert.Equal(Checked(GeneralMonthFirst, text), Spans(DatePatterns.CompleteMonthFirst(), text));
            Assert.Equal(Checked(GeneralDayFirst, text), Spans(DatePatterns.CompleteDayFirst(), text));
        });

    [Theory]
    [InlineData("January")]
    [InlineData("Sept.")]
    [InlineData("Sep")]
    [InlineData("Dec.")]
    public void TheMonthSlotTakesEveryFormOfTheTable(string month) =>
        Assert.Matches("^" + DatePatterns.Month + "$", month);

    [Theory]
    [InlineData("Mayo")]
    [InlineData("Janu")]
    [InlineData("Monday")]
    [InlineData("may")]
    public void TheMonthSlotTakesNoOtherWord(string word) =>
        Assert.DoesNotMatch("^" + DatePatterns.Month + "$", word);

    private static List<(int, int)> Checked(Regex general, string text) =>
        general.Matches(text).Where(m => DateParts.TryMonth(m.Groups["m"].Value, out _)).Select(m => (m.Index, m.Length)).ToList();

    private static List<(int, int)> Spans(Regex grammar, string text) =>
        grammar.Matches(text).Select(m => (m.Index, m.Length)).ToList();
}
