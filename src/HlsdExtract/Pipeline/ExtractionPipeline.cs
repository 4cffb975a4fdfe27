using Serilog;
using HlsdExtract.Contracts;
using HlsdExtract.Model;

namespace HlsdExtract.Pipeline;

/// <summary>An immutable, thread-safe sequence of stages built by <see cref="PipelineBuilder"/>.</summary>
public sealed class ExtractionPipeline
{
    private readonly IIngestor _ingestor;
    private readonly IReadOnlyList<IDocumentStage> _stages;
    private readonly ILogger _logger;

    internal ExtractionPipeline(IIngestor ingestor, IReadOnlyList<IDocumentStage> stages, ILogger logger)
    {
        _ingestor = ingestor;
        _stages = stages;
        _logger = logger;
    }

    public IReadOnlyList<string> StageNames => _stages.Select(s => s.Name).ToArray();

    /// <summary>Runs every stage; a failure surfaces as <see cref="PipelineException"/> naming the stage.</summary>
    public Document Run(RawInput input, CancellationToken cancellationToken = default) => Run(input, onStage: null, cancellationToken);

    /// <summary>Runs every stage, reporting each stage's name and elapsed time to <paramref name="onStage"/> (benchmarks).</summary>
    public Document Run(RawInput input, Action<string, TimeSpan>? onStage, CancellationToken cancellationToken = default)
    {
        var logger = _logger.ForContext("DocId", Path.GetFileName(input.Path));
        var context = new StageContext(logger, cancellationToken);
        var ingestStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        var document = RunStage("ingest", () => _ingestor.Ingest(input, context));
        onStage?.Invoke("ingest", System.Diagnostics.Stopwatch.GetElapsedTime(ingestStarted));
        context = context with { Logger = _logger.ForContext("DocId", document.DocId) };
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = document;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            document = RunStage(stage.Name, () => stage.Process(current, context));
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            onStage?.Invoke(stage.Name, elapsed);
            context.Logger.Verbose("Stage {Stage} took {Milliseconds:0.0} ms", stage.Name, elapsed.TotalMilliseconds);
        }

        context.Logger.Debug("Extracted {Entities} entities, {Dates} dates, {Quantities} quantities",
            document.Entities.Count, document.Dates.Count, document.Quantities.Count);
        return document;
    }

    /// <summary>Runs the pipeline on text already in memory (tests, library users).</summary>
    public Document RunText(string text, string path = "input.txt") =>
        Run(new RawInput(path, System.Text.Encoding.UTF8.GetBytes(text)));

    private static Document RunStage(string name, Func<Document> action)
    {
        try
        {
            return action();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (PipelineException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new PipelineException(name, $"{ex.GetType().Name}: {ex.Message}", ex);
        }
    }
}
