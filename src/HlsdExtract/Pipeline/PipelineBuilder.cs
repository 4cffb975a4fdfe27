using Serilog;
using Serilog.Core;
using HlsdExtract.Contracts;
using HlsdExtract.Ingest;
using HlsdExtract.Ingest.Boilerplate;
using HlsdExtract.Ingest.Html;
using HlsdExtract.Ingest.Markdown;
using HlsdExtract.Ingest.Pdf;
using HlsdExtract.Metadata;
using HlsdExtract.Segment;

namespace HlsdExtract.Pipeline;

/// <summary>
/// Composes an <see cref="ExtractionPipeline"/>. Not thread-safe; the pipeline it builds is.
/// Stages run in the order they were added; <see cref="InsertBefore{T}"/> and
/// <see cref="Replace{T}"/> find stages by type so callers never use indices.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];
    private ILogger _logger = Logger.None;
    private IIngestor _ingestor = new Ingestor([new PlainTextReader(), new MarkdownReader(), new HtmlReader(), new PdfReader()], new BoilerplateStripper());

    /// <summary>Ingest, segmentation and metadata: the structure every extractor builds on.</summary>
    public static PipelineBuilder CreateStructure() =>
        CreateStructure(Scoring.ModelStore.Topics is { } model ? new TopicClassifier(model) : null);

    /// <summary>The structure stages with the given topic classifier (null: taxonomy wordings and keywords only, as training needs).</summary>
    public static PipelineBuilder CreateStructure(TopicClassifier? topicClassifier)
    {
        var topics = new TopicMatcher(Taxonomy.Default);
        return new PipelineBuilder()
            .Use(new SectionSegmenter(topics, topicClassifier))
            .Use(new SentenceSplitter())
            .Use(new Tokenizer())
            .Use(new MetadataStage());
    }

    /// <summary>Every stage the product ships with, in order.</summary>
    public static PipelineBuilder CreateDefault() => CreateStructure().UseDefaultExtractors();

    public PipelineBuilder WithLogger(ILogger logger)
    {
        _logger = logger;
        return this;
    }

    public PipelineBuilder UseIngestor(IIngestor ingestor)
    {
        _ingestor = ingestor;
        return this;
    }

    /// <summary>Replaces each format reader of the default ingestor by <paramref name="map"/>'s result (isolation wraps PDF and HTML).</summary>
    public PipelineBuilder MapReaders(Func<IFormatReader, IFormatReader> map)
    {
        if (_ingestor is Ingestor ingestor)
        {
            _ingestor = ingestor.WithReaders(ingestor.Readers.Select(map).ToList());
        }

        return this;
    }

    public PipelineBuilder Use(IDocumentStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public PipelineBuilder InsertBefore<T>(IDocumentStage stage)
        where T : IDocumentStage
    {
        var at = _stages.FindIndex(s => s is T);
        _stages.Insert(at < 0 ? _stages.Count : at, stage);
        return this;
    }

    public PipelineBuilder Replace<T>(IDocumentStage stage)
        where T : IDocumentStage
    {
        var at = _stages.FindIndex(s => s is T);
        if (at < 0)
        {
            throw new InvalidOperationException($"No stage of type {typeof(T).Name} to replace.");
        }

        _stages[at] = stage;
        return this;
    }

    public PipelineBuilder Remove<T>()
        where T : IDocumentStage
    {
        _stages.RemoveAll(s => s is T);
        return this;
    }

    public ExtractionPipeline Build() => new(_ingestor, _stages.ToArray(), _logger);
}
