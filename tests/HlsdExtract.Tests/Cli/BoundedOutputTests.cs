using System.Globalization;
using System.Text.Json;
using Serilog.Core;
using HlsdExtract.Batch;
using HlsdExtract.Export;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Tests.Cli;

/// <summary>One sentence listing thousands of figures writes megabytes, not gigabytes: each figure keeps a window of its sentence.</summary>
[Collection("cli")]
public sealed class BoundedOutputTests
{
    [Fact]
    public void OneSentenceOfTwelveThousandFiguresWritesMegabytesNotGigabytes()
    {
        var root = Directory.CreateTempSubdirectory("hlsd-figures").FullName;
        var path = Path.Combine(root, "figures.txt");
        var figures = string.Join(", ", Enumerable.Range(1, 12_000).Select(i => i.ToString(CultureInfo.InvariantCulture) + " kg"));
        File.WriteAllText(path, $"Seizures\n\nAuthorities seized {figures} of cocaine in 2023.\n");
        var output = Path.Combine(root, "out");

        var result = new BatchRunner(PipelineBuilder.CreateDefault().Build(), Logger.None).Run([path], new BatchOptions { OutputDirectory = output });

        Assert.Empty(result.Errors);
        var json = Assert.Single(Directory.GetFiles(output, "*.json"));
        Assert.InRange(new FileInfo(json).Length, 1, 40L * 1024 * 1024);
        Assert.InRange(new FileInfo(Path.Combine(output, "quantities.csv")).Length, 1, 40L * 1024 * 1024);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
        var quantities = doc.RootElement.GetProperty("quantities").EnumerateArray().ToList();
        Assert.True(quantities.Count >= 11_000, $"{quantities.Count} quantities");
        Assert.All(quantities, q => Assert.InRange(q.GetProperty("sentence").GetString()!.Length, 1, Provenance.MaxContextChars + 2));
        var middle = quantities[6_000];
        Assert.Contains(middle.GetProperty("text").GetString()!, middle.GetProperty("sentence").GetString()!, StringComparison.Ordinal);
    }
}
