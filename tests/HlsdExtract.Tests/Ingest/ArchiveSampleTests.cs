using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using HlsdExtract.Contracts;
using HlsdExtract.Ingest;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Ingest;

/// <summary>
/// About 300 real archive pages (Markdown with YAML front matter): every one extracts, the title and
/// published date are the front matter's, and no URL, link target, image attribute or markup
/// reaches the text the extractors read.
/// </summary>
public sealed partial class ArchiveSampleTests
{
    private static readonly ExtractionPipeline Pipeline = PipelineBuilder.CreateDefault().Build();

    private static readonly Lazy<List<(string Path, Document Doc)>> Sample = new(() =>
        [.. Directory.GetFiles(TestData.PathOf("Data/archive-sample"), "*.md").Where(p => !p.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(p => (p, Pipeline.Run(new RawInput(p, File.ReadAllBytes(p)))))]);

    [Fact]
    public void TheSampleHoldsAboutThreeHundredPages() => Assert.InRange(Sample.Value.Count, 280, 320);

    [Fact]
    public void TheTitleIsTheFrontMatterTitleOnAtLeast99Percent()
    {
        var misses = Sample.Value.Where(d => d.Doc.Metadata.Title != Expected(d.Path, "title")).Select(d => $"{d.Path}: {d.Doc.Metadata.Title}").ToList();
        Assert.True(misses.Count <= Sample.Value.Count / 100, string.Join("\n", misses));
    }

    [Fact]
    public void ThePublishedDateIsTheFrontMatterDateOnAtLeast99Percent()
    {
        var misses = Sample.Value.Where(d => d.Doc.Metadata.PublishedDate != Expected(d.Path, "date")?[..10]).Select(d => d.Path).ToList();
        Assert.True(misses.Count <= Sample.Value.Count / 100, string.Join("\n", misses));
    }

    [Fact]
    public void NoUrlLinkTargetImageAttributeOrMarkupReachesTheText()
    {
        var leaks = Sample.Value
            .SelectMany(d => Markup().Matches(d.Doc.Text).Select(m => $"{Path.GetFileName(d.Path)}: {m.Value}"))
            .ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public void NoFigureDateOrNameComesFromALinkTargetOrImage()
    {
        // Every mention is a span of the text (which holds no markup, above) and its words are words the page shows.
        foreach (var (path, doc) in Sample.Value)
        {
            // The headline is shown too: the front matter's title, decoded from YAML (its escapes are not the page's words).
            var shown = Shown(File.ReadAllText(path)) + " " + Flat(doc.Metadata.Title ?? string.Empty);
            var mentions = doc.Quantities.Select(q => q.Text).Concat(doc.Dates.Select(d => d.Text)).Concat(doc.Entities.Select(e => e.Text));
            Assert.All(mentions, m => Assert.True(shown.Contains(Flat(m), StringComparison.Ordinal), $"{Path.GetFileName(path)}: {m}"));
        }
    }

    [Fact]
    public void EverySpanHolds()
    {
        foreach (var (_, doc) in Sample.Value)
        {
            SpanInvariants.AssertHold(doc);
        }
    }

    /// <summary>The front matter's value for <paramref name="key"/>, normalized as the pipeline normalizes text.</summary>
    private static string? Expected(string path, string key)
    {
        var text = File.ReadAllText(path);
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[3..end]));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        return map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } v }
            ? string.Join(' ', TextNormalizer.Normalize(v).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            : null;
    }

    /// <summary>The page's source with link targets, images, autolinks, tags and URLs cut out, markup characters dropped, flattened.</summary>
    private static string Shown(string markdown)
    {
        var text = Image().Replace(markdown, " ");
        text = LinkTarget().Replace(text, " ");
        text = Tag().Replace(text, string.Empty);
        text = Url().Replace(text, " ");
        // A backslash and an underscore is YAML's no-break space (front-matter titles).
        text = text.Replace("\\_", " ", StringComparison.Ordinal);
        return Flat(text.Replace("*", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal).Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal));
    }

    private static string Flat(string text) => string.Join(' ', TextNormalizer.Normalize(text).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"https?://|\bwww\.[a-z]|\]\(|\bsrcset\b|\bsrc=|<[a-zA-Z/][^>]*>|\.(?:jpe?g|png|gif|webp|svg)\b|\*\*|\\#", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?:https?://|www\.)\S+")]
    private static partial Regex Url();
}
