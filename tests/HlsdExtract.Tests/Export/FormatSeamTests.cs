using System.Collections.Concurrent;
using Serilog.Core;
using HlsdExtract.Batch;
using HlsdExtract.Export;
using HlsdExtract.Export.Formats;
using HlsdExtract.Export.Tables;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Export;

/// <summary>A new output format is one <see cref="IOutputFormat"/>: the batch hands it every document and, once, every document's typed rows.</summary>
[Collection("cli")]
public sealed class FormatSeamTests
{
    private static readonly BatchRunner Runner = new(PipelineBuilder.CreateDefault().Build(), Logger.None);

    [Fact]
    public void ABatchHandsAFormatEachDocumentThenAllTheirRowsOnceInInputOrder()
    {
        using var corpus = new CorpusFolder();
        var format = new CountingFormat();
        var output = corpus.Output("out");

        var result = Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output, Formats = [format] });

        Assert.Equal(corpus.Count, result.Extracted);
        Assert.Equal(corpus.Count, format.Staged.Count);
        var combined = Assert.Single(format.Combined);
        Assert.Equal(format.Staged.Keys.Order(StringComparer.Ordinal), combined.Select(t => t.Document.DocId).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(output, "*.json"));
        Assert.Empty(Directory.GetFiles(output, "*.csv"));
    }

    [Fact]
    public void AReusedDocumentGivesTheFormatTheSameRowsFromTheCache()
    {
        using var corpus = new CorpusFolder();
        var output = corpus.Output("out");
        var first = new CountingFormat();
        var second = new CountingFormat();

        Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output, Formats = [first] });
        var again = Runner.Run([corpus.Input], new BatchOptions { OutputDirectory = output, Formats = [second] });

        Assert.Equal(corpus.Count, again.Reused);
        Assert.Empty(second.Staged);
        Assert.Equal(Texts(first.Combined[0]), Texts(second.Combined[0]));
    }

    private static List<string?[]> Texts(IReadOnlyList<DocumentTables> documents) =>
        documents.SelectMany(d => ExtractionTables.PerDocument.SelectMany(t => t.Texts(d))).ToList();

    private sealed class CountingFormat : IOutputFormat
    {
        public ConcurrentDictionary<string, int> Staged { get; } = new(StringComparer.Ordinal);

        public List<IReadOnlyList<DocumentTables>> Combined { get; } = [];

        public string Name => "counting";

        public IReadOnlyList<PendingFile> StageDocument(string outputDirectory, Document document, long maxBytes)
        {
            Staged.AddOrUpdate(document.DocId, 1, (_, n) => n + 1);
            return [];
        }

        public void WriteCombined(string outputDirectory, BatchTables tables) => Combined.Add(tables.Documents().ToList());
    }
}
