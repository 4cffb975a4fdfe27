using Serilog;
using HlsdExtract.Contracts;
using HlsdExtract.Export;
using HlsdExtract.Export.Tables;
using HlsdExtract.Ingest;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Batch;

/// <summary>
/// One input of a batch: reused when the manifest has its bytes, else extracted under the
/// per-document time limit and written (every format's files and the cached rows, all or none, each within the
/// per-document output limit). Every failure is an <see cref="ErrorRecord"/>, never an exception.
/// </summary>
internal sealed class DocumentProcessor(ExtractionPipeline pipeline, BatchOptions options, ILogger logger)
{
    public DocumentOutcome Process(string path, IReadOnlyDictionary<string, ManifestEntry> reusable, CancellationToken runToken)
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

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return DocumentOutcome.Failed(path, "input", ex.Message);
            }

            var sha = DocIds.Sha256Hex(bytes);
            if (reusable.TryGetValue(path, out var known) && known.Sha256 == sha && IsComplete(known))
            {
                return new DocumentOutcome(known with { StaleReason = null }, null, Reused: true);
            }

            var document = pipeline.Run(new RawInput(path, bytes), timeout.Token);
            // A page that is all site chrome is still a document (its removals and metadata are the record);
            // a file with no text at all is an input problem.
            if (string.IsNullOrWhiteSpace(document.Text) && document.Boilerplate.Count == 0)
            {
                return DocumentOutcome.Failed(path, "ingest", "no text: the file is empty or holds nothing but markup or white space");
            }

            if (string.IsNullOrWhiteSpace(document.Text))
            {
                logger.Warning("{Path}: every line is site chrome; written with no content", path);
            }

            timeout.Token.ThrowIfCancellationRequested();
            return Write(path, sha, document);
        }
        catch (PipelineException ex)
        {
            return DocumentOutcome.Failed(path, ex.Stage, ex.Message);
        }
        catch (OperationCanceledException) when (!runToken.IsCancellationRequested)
        {
            return DocumentOutcome.Failed(path, "timeout", $"took longer than {options.DocumentTimeout.TotalSeconds:0} s and was abandoned");
        }
        catch (OutputLimitException ex)
        {
            return DocumentOutcome.Failed(path, "output", ex.Message + " (--max-output); nothing written for it");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DocumentOutcome.Failed(path, "output", $"cannot write its outputs to {options.OutputDirectory}: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            logger.Error(ex, "Unexpected failure on {Path}", path);
            return DocumentOutcome.Failed(path, "internal", $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Stages every format's files and the cached rows as temporary files, then moves them all in: a failure leaves the earlier ones.</summary>
    private DocumentOutcome Write(string path, string sha, Model.Document document)
    {
        var output = options.OutputDirectory;
        var rowsFile = RowCache.FileNameFor(document.DocId);
        var rows = DocumentTables.From(document);
        var staged = new List<PendingFile>();
        try
        {
            foreach (var format in options.Formats)
            {
                staged.AddRange(format.StageDocument(output, document, options.MaxOutputBytes));
            }

            staged.Add(AtomicFile.Prepare(RowCache.PathOf(output, rowsFile), s => RowCache.Write(s, rows), options.MaxOutputBytes));
            staged.ForEach(f => f.Commit());
        }
        finally
        {
            staged.ForEach(f => f.Dispose());
        }

        return new DocumentOutcome(new ManifestEntry(path, sha, document.DocId, rowsFile), null, Reused: false);
    }

    private bool IsComplete(ManifestEntry entry) =>
        RowCache.Exists(options.OutputDirectory, entry.RowsFile)
        && options.Formats.All(f => f.DocumentFiles(options.OutputDirectory, entry.DocId).All(File.Exists));
}
