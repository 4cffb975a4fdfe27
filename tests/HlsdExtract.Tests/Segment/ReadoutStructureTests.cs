using HlsdExtract.Model;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Segment;

/// <summary>Whole-document structure of the seed readout and the synthetic fixture against their gold files.</summary>
public sealed class ReadoutStructureTests
{
    public static TheoryData<string, string> Readouts => new()
    {
        { TestData.Seed, TestData.SeedGold },
        { TestData.Fixture, TestData.FixtureGold },
    };

    [Theory]
    [MemberData(nameof(Readouts))]
    public void EveryGoldBoilerplateLineIsRemovedAndListedWithAReason(string input, string gold)
    {
        var doc = TestData.Run(input);
        var lines = doc.Text.Split('\n').ToHashSet();
        foreach (var expected in TestData.Gold(gold).GetProperty("boilerplate").EnumerateArray().Select(e => TestData.Normalize(e.GetString()!)))
        {
            Assert.DoesNotContain(expected, lines);
            var item = Assert.Single(doc.Boilerplate, b => b.Text == expected);
            Assert.False(string.IsNullOrWhiteSpace(item.Reason));
        }

        Assert.Equal(TestData.Gold(gold).GetProperty("boilerplate").GetArrayLength(), doc.Boilerplate.Count);
    }

    [Theory]
    [MemberData(nameof(Readouts))]
    public void MetadataEqualsTheGold(string input, string gold)
    {
        var expected = TestData.Gold(gold).GetProperty("metadata");
        var actual = TestData.Run(input).Metadata;
        Assert.Equal(expected.GetProperty("title").GetString(), actual.Title);
        Assert.Equal(expected.GetProperty("sourceUrl").GetString(), actual.SourceUrl);
        Assert.Equal(expected.GetProperty("retrievedDate").GetString(), actual.RetrievedDate);
        Assert.Equal(expected.GetProperty("meetingDate").GetString(), actual.MeetingDate);
        Assert.Equal(expected.GetProperty("location").GetString(), actual.Location);
        Assert.Equal(int.Parse(expected.GetProperty("meetingDate").GetString()![..4]), actual.DocumentYear);
    }

    [Theory]
    [MemberData(nameof(Readouts))]
    public void HeadingsBulletsAndPreambleMatchTheGold(string input, string gold)
    {
        var doc = TestData.Run(input);
        var goldSections = TestData.Gold(gold).GetProperty("sections").EnumerateArray().ToList();
        var expectedHeadings = goldSections.Select(s => s.GetProperty("heading").GetString()).OfType<string>().Select(h => h.Trim()).ToList();
        var actualHeadings = doc.Sections.Where(s => !s.HeadingInferred).Select(s => s.Heading!).ToList();
        Assert.Equal(expectedHeadings, actualHeadings);

        foreach (var goldSection in goldSections.Where(s => s.GetProperty("heading").GetString() is not null))
        {
            var section = doc.Sections.Single(s => !s.HeadingInferred && s.Heading == goldSection.GetProperty("heading").GetString()!.Trim());
            Assert.Equal(goldSection.GetProperty("bullets").GetInt32(), section.Blocks.Count(b => b.Kind == BlockKind.Bullet));
            Assert.Equal(goldSection.GetProperty("paragraphs").GetInt32(), section.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
        }

        Assert.Equal(TestData.Gold(gold).GetProperty("bulletCount").GetInt32(), doc.Blocks.Count(b => b.Kind == BlockKind.Bullet));
        var preamble = doc.Sections[0];
        Assert.Null(preamble.Heading);
        Assert.Equal(goldSections[0].GetProperty("paragraphs").GetInt32(), preamble.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
    }

    [Theory]
    [MemberData(nameof(Readouts))]
    public void EveryHeadingMapsToATaxonomyTopic(string input, string gold)
    {
        _ = gold;
        var doc = TestData.Run(input);
        Assert.All(doc.Sections.Skip(1), s => Assert.NotNull(s.Topic));
        Assert.Equal("synthetic-drugs", doc.Sections.Single(s => s.Heading is "Synthetic Opioids" or "Synthetic Drugs and Precursors").Topic);
        Assert.Equal("secure-commerce", doc.Sections.Single(s => s.Heading?.StartsWith("Secure Modes", StringComparison.Ordinal) == true).Topic);
    }

    [Theory]
    [MemberData(nameof(Readouts))]
    public void HeadlessBulletsGetInferredSections(string input, string gold)
    {
        _ = gold;
        var inferred = TestData.Run(input).Sections.Skip(1).Where(s => s.HeadingInferred).ToList();
        Assert.Equal(2, inferred.Count);
        Assert.Contains(inferred[0].Topic, new[] { "justice-capacity", "illicit-finance" });
        Assert.Equal("migration", inferred[1].Topic);
        Assert.Equal(4, inferred[1].Blocks.Count(b => b.Kind == BlockKind.Bullet));
    }

    [Theory]
    [MemberData(nameof(Readouts))]
    public void EverySpanHoldsTheTextItClaims(string input, string gold)
    {
        _ = gold;
        SpanInvariants.AssertHold(TestData.Run(input));
    }
}
