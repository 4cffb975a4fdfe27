using HlsdExtract.Evaluation;
using HlsdExtract.Gold;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Tests.Evaluation;

/// <summary><c>hlsd evaluate</c> scores figures and dates the way the reference scorer does, optional gold included.</summary>
public sealed class FigureEvaluationTests
{
    private static readonly Model.Document Doc = PipelineBuilder.CreateDefault().Build()
        .RunText("CBP officers seized 5 pounds of fentanyl and 3 rifles on March 5, 2024, in Nogales.\n");

    [Fact]
    public void AFigureMatchingOptionalGoldIsNeitherRightNorWrong()
    {
        var gold = Gold() with { Quantities = [(5m, "lb")], OptionalQuantities = [(3m, "count")] };

        Assert.Equal(new Score(1, 0, 0), FigureEvaluation.Quantities(Doc, gold));
    }

    [Fact]
    public void AnOptionalGoldFigureNotFoundIsNoMiss()
    {
        var gold = Gold() with { Quantities = [(5m, "lb"), (3m, "count")], OptionalQuantities = [(7m, "count")] };

        Assert.Equal(new Score(2, 0, 0), FigureEvaluation.Quantities(Doc, gold));
    }

    [Fact]
    public void AFigureMatchingNoGoldIsAFalsePositiveAndAnUnfoundRequiredOneAMiss()
    {
        var gold = Gold() with { Quantities = [(5m, "lb"), (9m, "count")] };

        Assert.Equal(new Score(1, 1, 1), FigureEvaluation.Quantities(Doc, gold));
    }

    [Fact]
    public void OptionalGoldDatesAreSetAsideLikeOptionalFigures()
    {
        Assert.Equal(new Score(0, 0, 0), FigureEvaluation.Dates(Doc, Gold() with { OptionalDates = ["2024-03-05"] }));
        Assert.Equal(new Score(1, 0, 0), FigureEvaluation.Dates(Doc, Gold() with { Dates = ["2024-03-05"], OptionalDates = ["2024-03-05"] }));
    }

    private static GoldDocument Gold() => new() { Id = "t", TextPath = "t.txt" };
}
