using System.Text.Json;
using HlsdExtract.Model;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Ingest;

/// <summary>The five Markdown readouts: headings, bullets and metadata as their gold.</summary>
public sealed class ReadoutMarkdownTests
{
    public static TheoryData<string> Readouts() =>
        [.. Directory.GetFiles(TestData.PathOf("corpus/readouts"), "*.md").Order(StringComparer.Ordinal).Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(Readouts))]
    public void HeadingsAndBulletsAreTheGoldSections(string file)
    {
        var (doc, gold) = Load(file);
        var expected = gold.GetProperty("sections").EnumerateArray()
            .Where(s => s.GetProperty("heading").ValueKind == JsonValueKind.String)
            .Select(s => $"{Collapse(s.GetProperty("heading").GetString()!)} ({s.GetProperty("bullets").GetInt32()} bullets)");
        var actual = doc.Sections.Where(s => s.Heading is not null && !s.HeadingInferred)
            .Select(s => $"{s.Heading} ({s.Blocks.Count(b => b.Kind == BlockKind.Bullet)} bullets)");
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
        Assert.Equal(gold.GetProperty("bulletCount").GetInt32(), doc.Blocks.Count(b => b.Kind == BlockKind.Bullet));
    }

    [Theory]
    [MemberData(nameof(Readouts))]
    public void MetadataIsTheGoldMetadata(string file)
    {
        var (doc, gold) = Load(file);
        var metadata = gold.GetProperty("metadata");
        string? Gold(string key) => metadata.TryGetProperty(key, out var v) ? TestData.Normalize(v.GetString()!) : null;
        Assert.Equal(Gold("title"), doc.Metadata.Title);
        Assert.Equal(Gold("publishedDate"), doc.Metadata.PublishedDate);
        Assert.Equal(Gold("sourceUrl"), doc.Metadata.SourceUrl);
        if (Gold("meetingDate") is { } meeting)
        {
            Assert.Equal(meeting, doc.Metadata.MeetingDate);
        }
    }

    private static (Document Doc, JsonElement Gold) Load(string file) =>
        (TestData.Run("corpus/readouts/" + file), TestData.Gold("corpus/gold/readouts/" + file.Replace(".md", ".gold.json", StringComparison.Ordinal)));

    private static string Collapse(string text) => string.Join(' ', TestData.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
