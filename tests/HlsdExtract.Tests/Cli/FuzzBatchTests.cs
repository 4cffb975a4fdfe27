using System.Text;
using System.Text.RegularExpressions;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>
/// 1,000 random mutations of the seed's PDF and HTML renderings (bit flips, truncations, object
/// cycles, spliced and zeroed runs) through one batch of the real <c>hlsd</c>: the batch never
/// dies, and every input is either extracted or an error row, never both, never neither.
/// </summary>
[Collection("cli")]
public sealed partial class FuzzBatchTests
{
    private const int Mutations = 1000;

    [Fact]
    public void AThousandMutatedPdfAndHtmlFilesAreEachExtractedOrAnErrorRow()
    {
        var root = Directory.CreateTempSubdirectory("hlsd-fuzz").FullName;
        var input = Directory.CreateDirectory(Path.Combine(root, "in")).FullName;
        var seed = TestData.Run(TestData.Seed);
        var pdf = Renderings.Pdf(seed);
        var html = Encoding.UTF8.GetBytes(Renderings.Html(seed, "https://www.state.gov/third-hlsd", "2023-10-06"));
        var random = new Random(16);
        var names = new List<string>();
        for (var i = 0; i < Mutations; i++)
        {
            var isPdf = i % 2 == 0;
            var (kind, bytes) = Mutate(isPdf ? pdf : html, isPdf, random);
            var name = $"{i:D4}-{kind}.{(isPdf ? "pdf" : "html")}";
            File.WriteAllBytes(Path.Combine(input, name), bytes);
            names.Add(name);
        }

        var output = Path.Combine(root, "out");
        var (exit, _, stderr) = HlsdProcess.Run(null, "extract", input, "-o", output, "--jobs", "2", "--timeout", "30", "--quiet", "--format", "csv");

        Assert.True(exit is 0 or 2, $"exit {exit}: {stderr}");
        var extracted = CsvFile.Read(Path.Combine(output, "documents.csv")).Select(d => Path.GetFileName(d["source_path"])).ToList();
        var failed = CsvFile.Read(Path.Combine(output, "errors.csv")).Select(e => Path.GetFileName(e["path"])).ToList();
        Assert.Empty(extracted.Intersect(failed));
        Assert.Equal(names, extracted.Concat(failed).Order(StringComparer.Ordinal));
        Assert.Contains(failed, f => f.Contains("cycle", StringComparison.Ordinal));
        Assert.True(extracted.Count > Mutations / 10, $"only {extracted.Count} extracted");
    }

    private static (string Kind, byte[] Bytes) Mutate(byte[] original, bool isPdf, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(5))
        {
            case 0:
                for (var flips = random.Next(1, 33); flips > 0; flips--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return ("flip", bytes);
            case 1:
                return ("cut", bytes[..random.Next(bytes.Length)]);
            case 2:
                return ("cycle", isPdf ? PdfCycle(bytes, random) : HtmlNesting(bytes, random));
            case 3:
                var from = random.Next(bytes.Length);
                var chunk = bytes[from..Math.Min(bytes.Length, from + random.Next(1, 4096))];
                var at = random.Next(bytes.Length);
                return ("splice", [.. bytes[..at], .. chunk, .. bytes[at..]]);
            default:
                var start = random.Next(bytes.Length);
                Array.Clear(bytes, start, Math.Min(bytes.Length - start, random.Next(1, 2048)));
                return ("zero", bytes);
        }
    }

    /// <summary>One indirect reference made to point at the object that holds it (or the whole object made a reference to itself).</summary>
    private static byte[] PdfCycle(byte[] pdf, Random random)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var objects = ObjectHeader().Matches(text);
        var target = objects[random.Next(objects.Count)];
        var number = target.Groups[1].Value;
        var bodyStart = target.Index + target.Length;
        var bodyEnd = text.IndexOf("endobj", bodyStart, StringComparison.Ordinal);
        if (random.Next(4) == 0 || bodyEnd < 0)
        {
            return Encoding.Latin1.GetBytes(text[..bodyStart] + $"\n{number} 0 R\n" + (bodyEnd < 0 ? "" : text[bodyEnd..]));
        }

        var body = text[bodyStart..bodyEnd];
        var references = Reference().Matches(body);
        if (references.Count == 0)
        {
            return Encoding.Latin1.GetBytes(text[..bodyStart] + $"\n<< /Self {number} 0 R >>\n" + text[bodyEnd..]);
        }

        var pick = references[random.Next(references.Count)];
        return Encoding.Latin1.GetBytes(text[..(bodyStart + pick.Index)] + $"{number} 0 R" + text[(bodyStart + pick.Index + pick.Length)..]);
    }

    /// <summary>HTML's form of a cycle: thousands of unclosed, nested elements around the body.</summary>
    private static byte[] HtmlNesting(byte[] html, Random random)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.IndexOf("<body", StringComparison.Ordinal) is var b and >= 0 ? text.IndexOf('>', b) + 1 : 0;
        var depth = random.Next(1000, 20000);
        return Encoding.UTF8.GetBytes(text[..at] + string.Concat(Enumerable.Repeat("<div><table><tr><td>", depth / 4)) + text[at..]);
    }

    [GeneratedRegex(@"(\d+) 0 obj")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"\d+ 0 R")]
    private static partial Regex Reference();
}
