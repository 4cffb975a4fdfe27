using HlsdExtract.Contracts;

namespace HlsdExtract.Batch.Isolation;

/// <summary>
/// The worker's side (<c>hlsd worker</c>): reads requests from stdin until it closes, runs the
/// named reader on each and writes the reply to stdout. A reader's ordinary failure is a reply; a
/// stack overflow or a runaway allocation ends this process only, and the batch reports it.
/// </summary>
public static class WorkerHost
{
    /// <summary>The readers a worker serves: those of untrusted, structured formats.</summary>
    public static IReadOnlyList<IFormatReader> DefaultReaders() => [new Ingest.Html.HtmlReader(), new Ingest.Pdf.PdfReader()];

    /// <summary>
    /// The stack a reader runs on: the thread-pool default, as in-process reading had. A parser that
    /// recurses without end overflows it sooner than the 8 MB main thread, so the runtime's dying
    /// message (every frame, on stderr) is a few megabytes, not fifteen, and the worker dies in a fraction of a second.
    /// </summary>
    public const int ReaderStackBytes = 1536 * 1024;

    public static int Serve(Stream input, Stream output, IReadOnlyList<IFormatReader> readers)
    {
        var serving = new Thread(() =>
        {
            while (WorkerProtocol.ReadRequest(input) is var (request, bytes))
            {
                WorkerProtocol.WriteReply(output, Answer(readers, request, bytes));
            }
        }, ReaderStackBytes);
        serving.Start();
        serving.Join();
        return 0;
    }

    private static WorkerReply Answer(IReadOnlyList<IFormatReader> readers, WorkerRequest request, byte[] bytes)
    {
        var reader = readers.FirstOrDefault(r => r.Format == request.Format);
        if (reader is null)
        {
            return new WorkerReply($"this worker has no {request.Format} reader", null, null, 0, null, null, null);
        }

        try
        {
            return WorkerReply.From(reader.Read(new RawInput(request.Path, bytes)));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new WorkerReply(ex.Message, null, null, 0, null, null, null);
        }
    }
}
