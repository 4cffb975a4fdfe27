using HlsdExtract.Export;
using HlsdExtract.Ingest;
using HlsdExtract.Pipeline;
using Serilog;

namespace HlsdExtract.Batch;

/// <summary>
/// Runs the pipeline over every input in parallel and streams the results: each document's JSON
/// and cached CSV rows are written as soon as it is done, and nothing holds every document. An
/// input whose bytes and pipeline version match the manifest is reused, not redone. A failing
/// input becomes an <see cref="ErrorRecord"/> and the rest go on; every file is written atomically.
/// </summary>
public sealed class BatchRunner(ExtractionPipeline pipeline, ILogger logger)
{
    public BatchResult Run(IEnumerable<string> paths, BatchOptions options, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var output = options.OutputDirectory;
        Directory.CreateDirectory(output);
        var stale = AtomicFile.DeleteStaleTemps(output) + AtomicFile.DeleteStaleTemps(RowCache.Folder(output));
        if (stale > 0)
        {
            logger.Information("Removed {Count} temporary files an interrupted run left in {Output}", stale, output);
        }

        var (files, errors, skipped) = InputDiscovery.Discover(paths);
        foreach (var file in skipped)
        {
            logger.Information("Skipped {Path}: unsupported file type", file);
        }

        var version = PipelineVersion.Current;
        var previous = Manifest.Load(output, version);
        var reusable = options.Force || previous.PipelineVersion != version ? new Dictionary<string, ManifestEntry>() : previous.Entries;
        var results = new DocumentOutcome[files.Count];
        var counter = new ProgressCounter(files.Count, options.Progress);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, parallel, i =>
        {
            results[i] = ProcessOne(files[i], options, reusable, cancellationToken);
            counter.Report(results[i]);
        });

        errors.AddRange(results.Where(r => r.Error is not null).Select(r => r.Error!));
        foreach (var error in errors)
        {
            logger.Warning("Failed {Path} in {Stage}: {Message}", error.Path, error.Stage, error.Message);
        }

        var entries = results.Where(r => r.Entry is not null).Select(r => r.Entry!).ToList();
        var dropped = DropRemoved(output, previous, entries);
        if (options.Formats.HasFlag(OutputFormats.Csv))
        {
            CombinedTables.Write(output, entries, errors);
        }

        new Manifest(version, entries.ToDictionary(e => e.Path, StringComparer.Ordinal)).Save(output);
        return new BatchResult(results.Count(r => r.Entry is not null && !r.Reused), results.Count(r => r.Reused), errors, skipped.Count, dropped);
    }

    private DocumentOutcome ProcessOne(string path, BatchOptions options, IReadOnlyDictionary<string, ManifestEntry> reusable, CancellationToken runToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        timeout.CancelAfter(options.DocumentTimeout);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxInputBytes)
            {
                return DocumentOutcome.Failed(path, "input", $"file is {length} bytes, over the {options.MaxInputBytes}-byte limit (--max-size)");
            }

            var bytes = File.ReadAllBytes(path);
            var sha = DocIds.Sha256Hex(bytes);
            if (reusable.TryGetValue(path, out var known) && known.Sha256 == sha && IsComplete(known, options))
            {
                return new DocumentOutcome(known, null, Reused: true);
            }

            var document = pipeline.Run(new RawInput(path, bytes), timeout.Token);
            // A page of nothing but site chrome (a navigation page) is written with its chrome listed; an empty or markup-only file fails.
            if (string.IsNullOrWhiteSpace(document.Text) && document.Boilerplate.Count == 0)
            {
                return DocumentOutcome.Failed(path, "ingest", "no text: the file is empty or holds nothing but markup, chrome or white space");
            }

            if (options.Formats.HasFlag(OutputFormats.Json))
            {
                OutputWriter.WriteDocument(options.OutputDirectory, document);
            }

            var rowsFile = RowCache.FileNameFor(path, document.DocId);
            RowCache.Save(options.OutputDirectory, rowsFile, CsvTables.RowsFor(document));
            return new DocumentOutcome(new ManifestEntry(path, sha, document.DocId, rowsFile), null, Reused: false);
        }
        catch (PipelineException ex)
        {
            return DocumentOutcome.Failed(path, ex.Stage, ex.Message);
        }
        catch (OperationCanceledException) when (!runToken.IsCancellationRequested)
        {
            return DocumentOutcome.Failed(path, "timeout", $"took longer than {options.DocumentTimeout.TotalSeconds:0} s and was abandoned");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DocumentOutcome.Failed(path, "input", ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            logger.Error(ex, "Unexpected failure on {Path}", path);
            return DocumentOutcome.Failed(path, "internal", $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static bool IsComplete(ManifestEntry entry, BatchOptions options) =>
        RowCache.Exists(options.OutputDirectory, entry.RowsFile)
        && (!options.Formats.HasFlag(OutputFormats.Json) || File.Exists(Path.Combine(options.OutputDirectory, entry.DocId + ".json")));

    /// <summary>
    /// Deletes the JSON and cached rows the last run wrote and this one no longer has: those of
    /// removed inputs (counted as dropped) and the old versions of changed ones (a new doc id).
    /// </summary>
    private int DropRemoved(string output, Manifest previous, List<ManifestEntry> current)
    {
        var keptPaths = current.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var keptDocs = current.Select(e => e.DocId).ToHashSet(StringComparer.Ordinal);
        var keptRows = current.Select(e => e.RowsFile).ToHashSet(StringComparer.Ordinal);
        var dropped = 0;
        foreach (var old in previous.Entries.Values)
        {
            if (!keptDocs.Contains(old.DocId))
            {
                File.Delete(Path.Combine(output, old.DocId + ".json"));
            }

            if (!keptRows.Contains(old.RowsFile))
            {
                RowCache.Delete(output, old.RowsFile);
            }

            if (!keptPaths.Contains(old.Path))
            {
                logger.Information("Dropped {Path}: no longer among the inputs", old.Path);
                dropped++;
            }
        }

        return dropped;
    }
}
