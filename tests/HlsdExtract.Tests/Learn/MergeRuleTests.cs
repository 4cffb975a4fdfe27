using HlsdExtract.Contracts;
using HlsdExtract.Extract.Learned;
using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using HlsdExtract.Scoring;

namespace HlsdExtract.Tests.Learn;

/// <summary>How tagger spans merge with rule entities: word-list hits win, agreement is "both", new spans are "ml".</summary>
public sealed class MergeRuleTests
{
    private static readonly StageContext Context = new(Serilog.Core.Logger.None, CancellationToken.None);

    /// <summary>A model that tags every capitalized word as the start of an agency with probability ~0.95.</summary>
    private static LinearModel CapitalizedIsAgency()
    {
        var shape = FeatureMix.Of("sh");
        var weights = new Dictionary<int, float[]> { [FeatureMix.Index(shape, FeatureMix.Of("Xx"))] = [6f, 0f], [FeatureMix.Index(shape, FeatureMix.Of("X"))] = [6f, 0f] };
        return new LinearModel(["B-agency", "O"], [0f, 3f], weights);
    }

    private static Document Prepared(string text) =>
        PipelineBuilder.CreateStructure(topicClassifier: null).UseRuleEntityExtractors(WordLists.Default).Build().RunText(text);

    [Fact]
    public void ASpanTheRulesAlsoFoundBecomesBothAndANewOneIsAddedAsMl()
    {
        var doc = Prepared("The DEA met Zorblat officials in Texas.");
        var merged = new EntityTagger(CapitalizedIsAgency(), WordLists.Default, threshold: 0.8).Process(doc, Context);

        Assert.Equal("both", Assert.Single(merged.Entities, e => e.Text == "DEA").Source);
        var added = Assert.Single(merged.Entities, e => e.Text == "Zorblat");
        Assert.Equal(("ml", "agency"), (added.Source, added.Type.Name));
        Assert.InRange(added.Confidence, 0.8, 1.0);
    }

    [Fact]
    public void AWordListHitKeepsItsTypeWhateverTheTaggerSays()
    {
        var doc = Prepared("Officials met in Texas.");
        var merged = new EntityTagger(CapitalizedIsAgency(), WordLists.Default, threshold: 0.8).Process(doc, Context);

        var texas = Assert.Single(merged.Entities, e => e.Text == "Texas");
        Assert.Equal(("location", "rule"), (texas.Type.Name, texas.Source));
    }

    [Fact]
    public void SpansBelowTheThresholdAreNotAdded()
    {
        var doc = Prepared("The DEA met Zorblat officials.");
        var merged = new EntityTagger(CapitalizedIsAgency(), WordLists.Default, threshold: 0.99).Process(doc, Context);

        Assert.DoesNotContain(merged.Entities, e => e.Source == "ml");
    }

    [Theory]
    [InlineData("DEA", "X")]
    [InlineData("Drug", "Xx")]
    [InlineData("FY2023", "Xd")]
    [InlineData("U.S.", "X.X.")]
    [InlineData("HSI-ATF", "X-X")]
    public void WordShapesCollapseRuns(string word, string shape) => Assert.Equal(shape, TokenFeatureShape.Of(word));
}
