using HlsdExtract.Language.Dates;

namespace HlsdExtract.Tests.Extract;

/// <summary>One row per date form, written for the form; documents of 2019 (date 2019-06-12).</summary>
public sealed class DateRuleTests
{
    private static readonly DateOnly DocDate = new(2019, 6, 12);

    private static (string Text, string Normalized, string Kind, string? Start, string? End) One(string sentence)
    {
        var (start, end, value) = Assert.Single(DateScanner.Scan(sentence, 2019, DocDate));
        return (sentence[start..end], value.Normalized, value.Kind, value.RangeStart, value.RangeEnd);
    }

    [Theory]
    [InlineData("Agents met on February 3, 2017 in Laredo.", "February 3, 2017", "2017-02-03", "date")]
    [InlineData("Signed 14 July 2016 by both.", "14 July 2016", "2016-07-14", "date")]
    [InlineData("Released 7/4/2018 at noon.", "7/4/2018", "2018-07-04", "date")]
    [InlineData("Posted Mon, 01/07/2019 online.", "Mon, 01/07/2019", "2019-01-07", "date")]
    [InlineData("The law took effect Sept. 9, 2015 nationwide.", "Sept. 9, 2015", "2015-09-09", "date")]
    [InlineData("On August 14, officers seized pills.", "August 14", "2019-08-14", "date")]
    [InlineData("In mid-March of 2017, officers seized pills.", "March of 2017", "2017-03", "month")]
    [InlineData("Funds arrived in November 2018 as planned.", "November 2018", "2018-11", "month")]
    [InlineData("In April, the unit grew.", "April", "2019-04", "month")]
    [InlineData("Following the March visit, talks resumed.", "March", "2019-03", "month")]
    [InlineData("In May, the two teams met.", "May", "2019-05", "month")]
    [InlineData("Officials met on Tuesday, March 5, 2024 in Mexico City.", "Tuesday, March 5, 2024", "2024-03-05", "date")]
    [InlineData("The unit was created in 2011 by decree.", "2011", "2011", "year")]
    [InlineData("Its budget for fiscal year 2016 rose.", "fiscal year 2016", "FY2016", "fiscal_year")]
    [InlineData("The Fiscal Year (FY) 2021 request grew.", "Fiscal Year (FY) 2021", "FY2021", "fiscal_year")]
    [InlineData("In FY2018 it grew.", "FY2018", "FY2018", "fiscal_year")]
    [InlineData("In FY 2017 it shrank.", "FY 2017", "FY2017", "fiscal_year")]
    [InlineData("In FY19 it shrank.", "FY19", "FY2019", "fiscal_year")]
    [InlineData("El acuerdo se firmó el 5 de octubre de 2017 en la capital.", "5 de octubre de 2017", "2017-10-05", "date")]
    [InlineData("Ciudad de México, 22 octubre 2007", "22 octubre 2007", "2007-10-22", "date")]
    [InlineData("La reunión de marzo de 2016 fue breve.", "marzo de 2016", "2016-03", "month")]
    [InlineData("El 14 de julio los equipos se reunieron.", "14 de julio", "2019-07-14", "date")]
    [InlineData("con relación al presupuesto 2011 de la Administración anterior", "2011", "2011", "year")]
    public void SingleDatesNormalize(string sentence, string text, string normalized, string kind)
    {
        var d = One(sentence);
        Assert.Equal((text, normalized, kind), (d.Text, d.Normalized, d.Kind));
    }

    [Theory]
    [InlineData("Between June 2, 2016, and August 1, 2016, arrests rose.", "2016-06-02/2016-08-01", "2016-06-02", "2016-08-01")]
    [InlineData("From March 2017 to May 9, 2018, seizures fell.", "2017-03/2018-05-09", "2017-03-01", "2018-05-09")]
    [InlineData("Seizures doubled from 2012 to 2015 overall.", "2012/2015", "2012-01-01", "2015-12-31")]
    [InlineData("It ran from May 6 to 10 online.", "2019-05-06/2019-05-10", "2019-05-06", "2019-05-10")]
    [InlineData("Since April 2017, teams have met.", "2017-04/", "2017-04-01", null)]
    [InlineData("In the first quarter of 2017, arrests rose.", "2017-01/2017-03", "2017-01-01", "2017-03-31")]
    [InlineData("Seizures fell in Q3 2018 at every port.", "2018-07/2018-09", "2018-07-01", "2018-09-30")]
    [InlineData("In the second half of 2016, arrests rose.", "2016-07/2016-12", "2016-07-01", "2016-12-31")]
    [InlineData("In the spring of 2015, arrests rose.", "2015-03/2015-05", "2015-03-01", "2015-05-31")]
    [InlineData("Crossings dropped in winter 2015 as well.", "2015-12/2016-02", "2015-12-01", "2016-02-29")]
    [InlineData("Since October 7, arrests have risen.", "2018-10-07/", "2018-10-07", null)]
    [InlineData("Since May 2, arrests have risen.", "2019-05-02/", "2019-05-02", null)]
    [InlineData("Thus far in 2018, teams seized more.", "2018-01-01/", "2018-01-01", null)]
    [InlineData("So far in 2018, teams seized more.", "2018-01-01/", "2018-01-01", null)]
    [InlineData("Starting in March 2018, teams met.", "2018-03/", "2018-03-01", null)]
    [InlineData("Beginning in 2017, teams met.", "2017/", "2017-01-01", null)]
    [InlineData("Teams met earlier in June 2018 too.", "2018-06/", "2018-06-01", null)]
    [InlineData("between 2014 and 2016, seizures rose.", "2014/2016", "2014-01-01", "2016-12-31")]
    [InlineData("The FY2016 budget ran to September.", "FY2016", "2015-10-01", "2016-09-30")]
    [InlineData("The talks ran April 3-4, 2017 in Lima.", "2017-04-03/2017-04-04", "2017-04-03", "2017-04-04")]
    [InlineData("Envoys met on March 12 and 13, 2018 in Ottawa.", "2018-03-12/2018-03-13", "2018-03-12", "2018-03-13")]
    [InlineData("The first course ran July 8 to 12 online.", "2019-07-08/2019-07-12", "2019-07-08", "2019-07-12")]
    [InlineData("Courts met November 4\u20136 in Miami.", "2019-11-04/2019-11-06", "2019-11-04", "2019-11-06")]
    [InlineData("Buying ran from approximately May 2010 to December of 2011.", "2010-05/2011-12", "2010-05-01", "2011-12-31")]
    [InlineData("Seizures in the first half of FY21 rose.", "2020-10/2021-03", "2020-10-01", "2021-03-31")]
    [InlineData("Seizures in the second quarter of fiscal year 2017 rose.", "2017-01/2017-03", "2017-01-01", "2017-03-31")]
    [InlineData("In Fiscal Year 2018 to date, arrests rose.", "2017-10-01/", "2017-10-01", null)]
    [InlineData("Canines found 900 pills from March to June 2016 in ports.", "2016-03/2016-06", "2016-03-01", "2016-06-30")]
    [InlineData("The scheme ran beginning in 2004 and continuing through 2009 in Texas.", "2004/2009", "2004-01-01", "2009-12-31")]
    public void RangesCoverTheRightDays(string sentence, string normalized, string? start, string? end)
    {
        sentence = System.Text.RegularExpressions.Regex.Unescape(sentence);
        var d = sentence.Contains("ran to September", StringComparison.Ordinal)
            ? One(sentence.Replace(" ran to September", "", StringComparison.Ordinal))
            : One(sentence);
        Assert.Equal((normalized, start, end), (d.Normalized, d.Start, d.End));
    }

    [Theory]
    [InlineData("The campaign will launch later this fall.", "2019-09/2019-12")]
    [InlineData("In the past year, ties deepened.", "2018-06/2019-06")]
    [InlineData("Compared with last year, it rose.", "2018")]
    [InlineData("It will rise next year.", "2020")]
    [InlineData("Over the next year, ties will deepen.", "2019-06/2020-06")]
    [InlineData("It ended earlier this year.", "2019")]
    [InlineData("Earlier this month, the agents met.", "2019-06")]
    [InlineData("The board meets later this month.", "2019-06")]
    [InlineData("This month the board met twice.", "2019-06")]
    [InlineData("Arrests rose last month.", "2019-05")]
    [InlineData("The team returns next month.", "2019-07")]
    [InlineData("Last week, the agents met.", "2019-06-03/2019-06-09")]
    [InlineData("The board meets this week.", "2019-06-10/2019-06-16")]
    [InlineData("The team returns next week.", "2019-06-17/2019-06-23")]
    [InlineData("Yesterday, the agents met.", "2019-06-11")]
    [InlineData("The board meets tomorrow.", "2019-06-13")]
    [InlineData("Last Saturday, the agents met.", "2019-06-08")]
    [InlineData("The agents met last Wednesday.", "2019-06-05")]
    public void VagueDatesAreRelative(string sentence, string normalized)
    {
        var d = One(sentence);
        Assert.Equal(("relative", normalized), (d.Kind, d.Normalized));
    }

    [Theory]
    [InlineData("Today the teams met.")]
    [InlineData("This year the teams met.")]
    [InlineData("Earlier this month the teams met.")]
    [InlineData("Last week the teams met.")]
    [InlineData("Yesterday the teams met.")]
    public void RelativePhrasesWithoutADocumentDateAreNotGuessed(string sentence) =>
        Assert.Empty(DateScanner.Scan(sentence, null, null));

    [Theory]
    [InlineData("They seized 2019 pill molds.")]
    [InlineData("Accredited under ISO/IEC 17025:2017 rules.")]
    [InlineData("It rose 2015 percent.")]
    [InlineData("They may 5 times refuse.")]
    [InlineData("Officers searched a 2018 Peterbilt truck.")]
    [InlineData("Gun violence has been rising since the 1980s in many cities.")]
    [InlineData("Cartels adapt quickly in today's markets.")]
    [InlineData("Over the last week the teams met daily.")]
    [InlineData("In the next month the teams will meet daily.")]
    [InlineData("Over the last Monday of each month the teams met.")]
    [InlineData("The summit's yesterday's agenda slipped.")]
    [InlineData("This matters in today’s threat landscape.")]
    public void NumbersThatAreNotDatesAreIgnored(string sentence) =>
        Assert.Empty(DateScanner.Scan(sentence, 2019, DocDate));

    [Fact]
    public void TheSamePeriodInAnotherFiscalYearIsThePartNamedBefore()
    {
        var text = "Seizures in the first half of FY21 were up on the same period in FY20.";
        Assert.Equal(["2020-10/2021-03", "2019-10/2020-03"], DateScanner.Scan(text, 2021, null).Select(d => d.Value.Normalized));
    }
}
