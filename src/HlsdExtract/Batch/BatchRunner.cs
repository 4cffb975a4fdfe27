using Serilog;
using HlsdExtract.Export;
using HlsdExtract.Export.Formats;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Batch;

/// <summary>
/// Runs the pipeline over every input in parallel and streams the results: each document's files
/// (per chosen <see cref="IOutputFormat"/>) and cached rows are written as soon as it is done, then every
/// format's combined files from the cached rows, and nothing holds every document. An
/// input whose bytes and pipeline version match the manifest is reused, not redone. A failing
/// input becomes an <see cref="ErrorRecord"/> and the rest go on; when an earlier run had a result
/// for it, that result is kept and marked stale. One run at a time writes a folder (<see cref="OutputLock"/>),
/// and every file is written atomically.
/// </summary>
public sealed class BatchRunner(ExtractionPipeline pipeline, ILogger logger)
{
    public BatchResult Run(IEnumerable<string> paths, BatchOptions options, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var inputs = paths.ToList();
        var output = options.OutputDirectory;
        RefuseOutputAsInput(inputs, output);
        Directory.CreateDirectory(output);
        using var outputLock = OutputLock.Acquire(output);
        OutputFolder.Mark(output);
        var stale = AtomicFile.DeleteStaleTemps(output) + AtomicFile.DeleteStaleTemps(RowCache.Folder(output));
        if (stale > 0)
        {
            logger.Information("Removed {Count} temporary files an interrupted run left in {Output}", stale, output);
        }

        var found = InputDiscovery.Discover(inputs);
        foreach (var (path, reason) in found.Skipped)
        {
            logger.Information("Skipped {Path}: {Reason}", path, reason == SkipReason.OutputFolder ? "an hlsd output folder" : "unsupported file type");
        }

        var files = found.Files.ToList();
        var errors = found.Errors;
        var version = PipelineVersion.Current;
        var previous = Manifest.Load(output, version);
        var reusable = options.Force || previous.PipelineVersion != version ? new Dictionary<string, ManifestEntry>() : previous.Entries;
        var processor = new DocumentProcessor(pipeline, options, logger);
        var results = new DocumentOutcome[files.Count];
        var counter = new ProgressCounter(files.Count, options.Progress);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, parallel, i =>
        {
            results[i] = processor.Process(files[i], reusable, cancellationToken);
            counter.Report(results[i]);
        });

        var entries = new List<ManifestEntry>();
        var kept = 0;
        foreach (var result in results)
        {
            if (result.Error is { } error)
            {
                errors.Add(error);
                if (KeepEarlier(output, previous, error) is { } earlier)
                {
                    entries.Add(earlier);
                    kept++;
                }
            }
            else
            {
                entries.Add(result.Entry!);
            }
        }

        foreach (var error in errors)
        {
            logger.Warning("Failed {Path} in {Stage}: {Message}", error.Path, error.Stage, error.Message);
        }

        var dropped = DropRemoved(output, previous, entries);
        var orphans = OutputSweep.RemoveOrphans(output, entries);
        if (orphans > 0)
        {
            logger.Information("Removed {Count} outputs of inputs no manifest lists (left by a killed run)", orphans);
        }

        var tables = new BatchTables(() => entries.Select(e => RowCache.TryLoad(output, e.RowsFile)
            ?? throw new IOException($"the cached rows of {e.Path} are missing; run again with --force")), errors);
        foreach (var format in options.Formats)
        {
            format.WriteCombined(output, tables);
        }

        new Manifest(version, entries.ToDictionary(e => e.Path, StringComparer.Ordinal)).Save(output);
        return new BatchResult(results.Count(r => r.Entry is not null && !r.Reused), results.Count(r => r.Reused), errors, found.Skipped.Count, dropped)
        {
            Kept = kept,
            SkippedByReason = found.SkippedByReason(),
        };
    }

    /// <summary>An input folder that is the output folder or inside it would be skipped as an output folder: say so instead.</summary>
    private static void RefuseOutputAsInput(IEnumerable<string> inputs, string output)
    {
        var outFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        foreach (var input in inputs.Where(Directory.Exists))
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
            if (full == outFull || full.StartsWith(outFull + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new ArgumentException($"the input {input} is inside the output folder {output}; choose another --output");
            }
        }
    }

    /// <summary>The earlier run's result for a failed input, marked stale, when its files are still there.</summary>
    private static ManifestEntry? KeepEarlier(string output, Manifest previous, ErrorRecord error) =>
        previous.Entries.TryGetValue(error.Path, out var earlier) && RowCache.Exists(output, earlier.RowsFile)
            ? earlier with { StaleReason = $"{error.Stage}: {error.Message}" }
            : null;

    /// <summary>
    /// Deletes the per-document files and cached rows the last run wrote and this one no longer has: those of
    /// removed inputs (counted as dropped).
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
                OutputFormatList.All.SelectMany(f => f.DocumentFiles(output, old.DocId)).ToList().ForEach(File.Delete);
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
