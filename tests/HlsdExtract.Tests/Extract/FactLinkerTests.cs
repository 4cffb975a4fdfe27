using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Extract;

/// <summary>One row per discourse form by which a figure finds its operation, written for the form.</summary>
public sealed class FactLinkerTests
{
    private static string? OperationOf(string text, decimal value) =>
        TestData.RunText(text).Quantities.First(q => q.Value == value).Operation;

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
    public void AFigureWhoseSentenceNamesAnotherActorStaysUnlinked()
    {
        var text = "DEA's Operation Red Fox targeted street dealers.  Separately, the Federal Bureau of Investigation arrested 55 suspects.\n\n"
            + "Operation Blue Heron, led by CBP, seized 10 trucks.";
        Assert.Null(OperationOf(text, 55));
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
}
