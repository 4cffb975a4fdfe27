using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HlsdExtract.Cli.Bench;

/// <summary>
/// Readouts for the benchmark, made from the bundled ones (the seed, the fixture when present, the
/// excerpts): every figure scaled, every year shifted and every operation renamed per copy, so no
/// two documents are alike and nothing can be cached.
/// </summary>
internal static partial class CorpusGenerator
{
    public static List<(string Name, byte[] Bytes)> Generate(string repoRoot, int count)
    {
        var sources = Sources(repoRoot).Select(File.ReadAllText).ToList();
        if (sources.Count == 0)
        {
            throw new InvalidDataException($"{repoRoot}: no bundled readouts under corpus/ to generate from");
        }

        return Enumerable.Range(0, count)
            .Select(i => ($"doc-{i:00000}.txt", Encoding.UTF8.GetBytes(Vary(sources[i % sources.Count], i))))
            .ToList();
    }

    private static IEnumerable<string> Sources(string root)
    {
        var corpus = Path.Combine(root, "corpus");
        var fixture = Path.Combine(root, "tests", "HlsdExtract.Tests", "Data", "fixtures", "2024-10-10-hlsd-fourth-meeting-synthetic.txt");
        var files = Directory.Exists(corpus) ? Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        return File.Exists(fixture) ? [.. files, fixture] : files;
    }

    private static string Vary(string text, int i)
    {
        var factor = 1 + (i % 17) / 10m;
        var years = i % 5;
        text = Number().Replace(text, m => Scale(m.Value, factor));
        text = Year().Replace(text, m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + years).ToString(CultureInfo.InvariantCulture));
        return Operation().Replace(text, m => m.Value + " " + (char)('A' + i % 26) + (i / 26).ToString(CultureInfo.InvariantCulture));
    }

    private static string Scale(string number, decimal factor)
    {
        var value = decimal.Parse(number.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return Math.Round(value * factor).ToString(number.Contains(',') ? "#,0" : "0", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<![\d.,])(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])(?!(?:19|20)\d\d\b)\d{2,4}(?![\d,.])", RegexOptions.None, 1000)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b20[12]\d\b", RegexOptions.None, 1000)]
    private static partial Regex Year();

    [GeneratedRegex(@"\bOperation [A-Z][a-z]+(?: [A-Z][a-z]+)?", RegexOptions.None, 1000)]
    private static partial Regex Operation();
}
