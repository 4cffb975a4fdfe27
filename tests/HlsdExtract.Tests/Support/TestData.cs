using System.Text.Json;
using HlsdExtract.Contracts;
using HlsdExtract.Ingest;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Tests.Support;

/// <summary>Paths to the corpus and fixtures copied next to the test assembly, and cached runs.</summary>
internal static class TestData
{
    public const string Seed = "corpus/2023-10-05-hlsd-third-meeting.txt";
    public const string SeedGold = "corpus/gold/2023-10-05-hlsd-third-meeting.gold.json";
    public const string Fixture = "Data/fixtures/2024-10-10-hlsd-fourth-meeting-synthetic.txt";
    public const string FixtureGold = "Data/fixtures/2024-10-10-hlsd-fourth-meeting-synthetic.gold.json";
    public const string FixtureDiff = "Data/fixtures/2024-10-10-hlsd-fourth-meeting-synthetic.expected-diff.json";

    private static readonly ExtractionPipeline Pipeline = PipelineBuilder.CreateDefault().Build();
    private static readonly Dictionary<string, Document> Cache = [];

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative));

    public static JsonElement Gold(string relative) => JsonDocument.Parse(File.ReadAllText(PathOf(relative))).RootElement;

    public static IEnumerable<string> Excerpts() =>
        Directory.GetFiles(PathOf("corpus/excerpts"), "*.txt").Order(StringComparer.Ordinal)
            .Select(p => Path.GetRelativePath(AppContext.BaseDirectory, p));

    /// <summary>
    /// The page openings that hold more than chrome: a page whose every line the gold calls chrome (a
    /// navigation-only page) strips to nothing, and the batch reports it as failed with "no text".
    /// </summary>
    public static IEnumerable<string> ExcerptsWithContent() =>
        Excerpts().Where(p => !IsChromeOnly(p));

    public static bool IsChromeOnly(string excerpt)
    {
        var gold = HlsdExtract.Gold.GoldCorpus.Read(
            System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(PathOf(GoldFor(excerpt)))).RootElement, Path.GetFileNameWithoutExtension(excerpt), PathOf(excerpt));
        var lines = HlsdExtract.Training.BoilerplateTrainer.Lines(gold);
        var labels = HlsdExtract.Training.BoilerplateTrainer.Labels(lines, gold.Boilerplate);
        return lines.Select((l, i) => l.Trim().Length == 0 || labels[i]).All(chrome => chrome);
    }

    /// <summary>Every document <c>hlsd extract corpus</c> reads: the seed, the excerpts and the Markdown readouts.</summary>
    public static IEnumerable<string> CorpusDocuments() =>
        Directory.GetFiles(PathOf("corpus"), "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static string GoldFor(string textRelative) =>
        textRelative.Replace("corpus/excerpts/", "corpus/gold/excerpts/").Replace(".txt", ".gold.json");

    /// <summary>The full pipeline's result on a bundled file (computed once per test run).</summary>
    public static Document Run(string relative)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(relative, out var doc))
            {
                doc = Pipeline.Run(new RawInput(relative, File.ReadAllBytes(PathOf(relative))));
                Cache[relative] = doc;
            }

            return doc;
        }
    }

    public static Document RunText(string text) => Pipeline.RunText(text);

    /// <summary>Gold strings written with curly quotes, compared after our normalization.</summary>
    public static string Normalize(string text) => TextNormalizer.Normalize(text);
}
