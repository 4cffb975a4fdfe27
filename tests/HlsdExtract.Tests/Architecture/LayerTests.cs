using HlsdExtract.Cli;
using HlsdExtract.Evaluation;
using HlsdExtract.Model;

namespace HlsdExtract.Tests.Architecture;

/// <summary>
/// The layers of <c>src/</c>, bottom first (README "Layout"). A part may use only parts on lower layers: so no cycle, no
/// stage using a sibling stage, nothing using the CLI. Parts on one layer are siblings.
/// </summary>
public sealed class LayerTests
{
    private static readonly string[][] Layers =
    [
        ["Common"],
        ["Model"],
        ["Contracts"],
        ["Language", "Scoring"],
        ["Ingest", "Segment", "Metadata", "Extract.Dates", "Extract.Entities", "Extract.Quantities", "Extract.Facts", "Extract.Learned"],
        ["Pipeline"],
        ["Export"],
        ["Batch"],
        ["Diff"],
        ["Gold"],
        ["Training"],
        ["Evaluation"],
        ["Cli"],
    ];

    private static readonly string[] Assemblies =
        [typeof(Document).Assembly.Location, typeof(EvaluationRun).Assembly.Location, typeof(CliApp).Assembly.Location];

    private static readonly Lazy<NamespaceGraph> Graph = new(() => NamespaceGraph.Read(Assemblies));

    [Fact]
    public void EveryPartOfTheProjectHasALayer()
    {
        var placed = Layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(Graph.Value.Parts.Where(p => !placed.Contains(p)).ToList());
        Assert.Contains("Extract.Dates", Graph.Value.Uses("Pipeline").Keys);
        Assert.Contains("Model", Graph.Value.Uses("Extract.Dates").Keys);
    }

    [Fact]
    public void EveryPartUsesOnlyPartsOnLowerLayers() => Assert.Empty(Violations(Graph.Value));

    [Fact]
    public void NoNamespaceUnderSrcIsInACycle()
    {
        Assert.Empty(NamespaceGraph.Read(Assemblies, NamespaceGraph.WholeNamespace).Cycles());
        Assert.Empty(Graph.Value.Cycles());
    }

    [Fact]
    public void NothingUsesTheCli() =>
        Assert.Empty(Graph.Value.Parts.Where(p => p != "Cli" && Graph.Value.Uses(p).ContainsKey("Cli")).ToList());

    [Fact]
    public void TheRunTimeLibraryDoesNotReferenceMicrosoftML()
    {
        var references = typeof(Document).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.ML", StringComparison.Ordinal));
        Assert.Contains(typeof(EvaluationRun).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.ML", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Model", "Ingest", true)]
    [InlineData("Extract.Facts", "Extract.Entities", true)]
    [InlineData("Diff", "Export", false)]
    [InlineData("Extract.Dates", "Language", false)]
    public void TheLayerCheckRejectsUsesSidewaysAndUpwards(string from, string to, bool rejected) =>
        Assert.Equal(rejected, Violations(NamespaceGraph.Of((from, to))).Count > 0);

    [Fact]
    public void TheCycleCheckFindsACycleThroughThreeParts()
    {
        Assert.Equal(["Diff <-> Export <-> Model"], NamespaceGraph.Of(("Export", "Diff"), ("Diff", "Model"), ("Model", "Export"), ("Batch", "Export")).Cycles());
        Assert.Empty(NamespaceGraph.Of(("Export", "Diff"), ("Diff", "Model")).Cycles());
    }

    private static List<string> Violations(NamespaceGraph graph)
    {
        var layerOf = Layers.SelectMany((parts, layer) => parts.Select(p => (p, layer))).ToDictionary(x => x.p, x => x.layer, StringComparer.Ordinal);
        return graph.Parts
            .SelectMany(from => graph.Uses(from).Where(to => layerOf.GetValueOrDefault(to.Key, int.MaxValue) >= layerOf.GetValueOrDefault(from, -1))
                .Select(to => $"{from} uses {to.Key} ({string.Join(", ", to.Value.Take(3))})"))
            .ToList();
    }
}
