using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Extract;

/// <summary>One row per discourse form by which a figure finds its operation, written for the form.</summary>
public sealed class FactLinkerTests
{
    private static string? OperationOf(string text, decimal value) =>
        TestData.RunText(text).Quantities.First(q => q.Value == value).Operation;

    /// <summary><paramref name="count"/> paragraphs of talk on other subjects, each its own (no repeated line, which would read as site chrome).</summary>
    private static string Talk(int from, int count)
    {
        string[] topics = ["trade", "schools", "roads", "ports", "clinics", "farms", "bridges", "courts", "rail", "water", "power", "housing"];
        return string.Concat(topics.Skip(from).Take(count).Select(t => $"The officials then spoke about {t} at some length.\n\n"));
    }

    [Theory]
    [InlineData("DEA launched Operation Red Fox in the spring. This resulted in 41 arrests and the seizure of 12 rifles.", 41)]
    [InlineData("DEA launched Operation Red Fox in the spring. These seizures removed 300 pounds of cocaine from the streets.", 300)]
    [InlineData("DEA launched Operation Red Fox in the spring. Over the course of the operation, agents seized 77 vehicles.", 77)]
    [InlineData("DEA launched Operation Red Fox in the spring. More than 1,100 cases involved encrypted phones.", 1100)]
    [InlineData("DEA's Operation Red Fox targeted street dealers. In its first month, DEA seized 90 firearms.", 90)]
    public void AFigureInALaterSentenceTakesTheOperationItsParagraphOpenedWith(string text, double value)
    {
        Assert.Equal("Operation Red Fox", OperationOf(text, (decimal)value));
    }

    [Fact]
    public void AnOwnersSentenceThatPicksUpTheLeadsWordsContinuesIt()
    {
        var text = "DEA's Operation Red Fox screens parcels entering the country. Since March, DEA screened 4,000 parcels and seized 30 pill presses.";
        Assert.Equal("Operation Red Fox", OperationOf(text, 4000));
    }

    [Fact]
    public void AnOwnersSentenceOnAnotherSubjectIsItsOwnFact()
    {
        var text = "DEA's Operation Red Fox is active in 40 cities against violent gangs. In 2019, DEA seized 9 million fake pills nationwide.\n\n"
            + "Operation Blue Heron, led by CBP, seized 10 trucks.";
        Assert.Equal("Operation Red Fox", OperationOf(text, 40));
        Assert.Null(OperationOf(text, 9000000));
    }

    [Fact]
    public void AnAgencyInsideAFiguresPhraseIsNoActor()
    {
        var text = "Operation Red Fox opened a tip line. The line received 80 tips, including 5 tips on FBI cases and one tip that led to an arrest.";
        var doc = TestData.RunText(text);
        Assert.All(doc.Quantities, q => Assert.Equal("Operation Red Fox", q.Operation));
    }

    [Fact]
    public void AFigureWhoseSentenceNamesAnotherActorStaysUnlinked()
    {
        var text = "DEA's Operation Red Fox targeted street dealers.  Separately, the Federal Bureau of Investigation arrested 55 suspects.\n\n"
            + "Operation Blue Heron, led by CBP, seized 10 trucks.";
        Assert.Null(OperationOf(text, 55));
    }

    [Theory]
    [InlineData(1, "Operation Red Fox")]
    [InlineData(3, "Operation Red Fox")]
    [InlineData(4, null)]
    [InlineData(8, null)]
    public void AnOperationNamedInPassingDeepInALongDocumentHoldsOnlyForTheNextFewParagraphs(int paragraphsAfter, string? expected)
    {
        var text = Talk(0, 3) + "Brazil's Operation Red Fox matches workers to jobs across the region.\n\n"
            + Talk(3, paragraphsAfter - 1) + "The program reached 4,400 towns in the end.";
        Assert.Equal(expected, OperationOf(text, 4400));
    }

    [Fact]
    public void AnOperationNamedInTheLeadHoldsForTheWholeSection()
    {
        var text = "Operation Red Fox began in May against street dealers.\n\n" + Talk(0, 8) + "Since then, agents have arrested 140 people.";
        Assert.Equal("Operation Red Fox", OperationOf(text, 140));
    }

    [Fact]
    public void InADocumentAboutOneOperationALaterParagraphsFigureIsItsResult()
    {
        var text = "Officials said crime had risen 30 percent.\n\nOperation Red Fox began in May against street dealers.\n\n"
            + "Since then, agents have arrested 140 people across 12 states.";
        var doc = TestData.RunText(text);
        Assert.All(doc.Quantities.Where(q => q.Value is 140 or 12), q => Assert.Equal("Operation Red Fox", q.Operation));
        Assert.Null(doc.Quantities.Single(q => q.Value == 30).Operation);
    }

    [Theory]
    [InlineData("Operation Red Fox began in May against street dealers. Agents arrested 140 people.\n\nTRAINING\n\nThe academy trained 400 police officers.", 400)]
    [InlineData("Results\n\nOperation Red Fox began in May. Agents arrested 140 people.\n\nPublic Health\n\nClinics treated 2,500 patients.", 2500)]
    public void TheOnlyOperationDoesNotReachFiguresUnderALaterHeading(string text, double value)
    {
        var doc = TestData.RunText(text);
        Assert.Equal("Operation Red Fox", doc.Quantities.Single(q => q.Value == 140).Operation);
        Assert.Null(doc.Quantities.Single(q => q.Value == (decimal)value).Operation);
    }

    [Fact]
    public void InADocumentWithSeveralOperationsAParagraphWithoutOneGetsNone()
    {
        var text = "Operation Red Fox seized 12 rifles.\n\nOperation Blue Heron seized 8 trucks.\n\nThe ministry trained 400 police officers.";
        Assert.Null(OperationOf(text, 400));
    }

    [Fact]
    public void AFigureToldAgainInTheBodyPointsToItsFirstTelling()
    {
        var text = "Operation Red Fox seized more than 900 pounds of cocaine in its first week.\n\n"
            + "Agents arrested 16 people. By Friday the operation had stopped over 900 pounds of the drug and 16 vehicles.";
        var doc = TestData.RunText(text);
        var pounds = doc.Quantities.Where(q => q.Unit == "lb").ToList();
        Assert.Equal(2, pounds.Count);
        Assert.Null(pounds[0].RepeatOf);
        Assert.Equal(pounds[0].Id, pounds[1].RepeatOf);
        Assert.All(doc.Quantities.Where(q => q.Value == 16), q => Assert.Null(q.RepeatOf));
    }

    [Fact]
    public void TheSameNumberWithAnotherQualifierOrOperationIsNoRepeat()
    {
        var text = "Operation Red Fox seized $2 million in cash and lifted arrests 30 percent.\n\n"
            + "Operation Blue Heron lifted seizures 30 percent.\n\nThe program spent nearly $2 million on training.";
        Assert.All(TestData.RunText(text).Quantities, q => Assert.Null(q.RepeatOf));
    }
}
