using HlsdExtract.Export;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using Serilog;

namespace HlsdExtract.Batch;

/// <summary>
/// Runs the pipeline over every input, in parallel, keeping results in input order. A failing
/// input becomes an <see cref="ErrorRecord"/> and the rest go on; outputs are written atomically.
/// </summary>
public sealed class BatchRunner(ExtractionPipeline pipeline, ILogger logger)
{
    public BatchResult Run(IEnumerable<string> paths, BatchOptions options, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var (files, errors, skipped) = InputDiscovery.Discover(paths);
        foreach (var file in skipped)
        {
            logger.Information("Skipped {Path}: unsupported file type", file);
        }

        var results = new (Document? Doc, ErrorRecord? Error)[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, parallel, i => results[i] = ProcessOne(files[i], options));

        var documents = results.Where(r => r.Doc is not null).Select(r => r.Doc!).ToList();
        errors.AddRange(results.Where(r => r.Error is not null).Select(r => r.Error!));
        foreach (var error in errors)
        {
            logger.Warning("Failed {Path} in {Stage}: {Message}", error.Path, error.Stage, error.Message);
        }

        if (options.Formats.HasFlag(OutputFormats.Csv))
        {
            OutputWriter.WriteTables(options.OutputDirectory, documents, errors);
        }

        return new BatchResult(documents, errors, skipped.Count);
    }

    private (Document? Doc, ErrorRecord? Error) ProcessOne(string path, BatchOptions options)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxInputBytes)
            {
                return (null, new ErrorRecord(path, "input", $"file is {info.Length} bytes, over the {options.MaxInputBytes}-byte limit"));
            }

            var document = pipeline.Run(new RawInput(path, File.ReadAllBytes(path)));
            if (options.Formats.HasFlag(OutputFormats.Json))
            {
                OutputWriter.WriteDocument(options.OutputDirectory, document);
            }

            return (document, null);
        }
        catch (PipelineException ex)
        {
            return (null, new ErrorRecord(path, ex.Stage, ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new ErrorRecord(path, "input", ex.Message));
        }
    }
}
