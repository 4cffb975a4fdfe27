using HlsdExtract.Contracts;

namespace HlsdExtract.Batch.Isolation;

/// <summary>
/// A reader whose parsing runs in a worker process (<see cref="WorkerPool"/>) for inputs of at least
/// <paramref name="minBytes"/> bytes, and in this process below that: the parser's crash, stack
/// overflow or runaway memory costs one input, never the batch.
/// </summary>
public sealed class IsolatedReader(IFormatReader inner, WorkerPool pool, long minBytes) : IFormatReader
{
    /// <summary>HTML below this size is parsed in-process (AngleSharp is managed and bounded); above it, in a worker.</summary>
    public const long HtmlInProcessBytes = 1024 * 1024;

    public string Format => inner.Format;

    public IReadOnlyList<string> Extensions => inner.Extensions;

    public DecodedText Read(RawInput input) =>
        input.Bytes.Length < minBytes ? inner.Read(input) : pool.Read(inner.Format, input);

    /// <summary>The reader to use in a batch: PDF always, and HTML above <see cref="HtmlInProcessBytes"/>, read in <paramref name="pool"/>'s workers.</summary>
    public static IFormatReader Isolate(IFormatReader reader, WorkerPool pool) => reader switch
    {
        Ingest.Pdf.PdfReader => new IsolatedReader(reader, pool, 0),
        Ingest.Html.HtmlReader => new IsolatedReader(reader, pool, HtmlInProcessBytes),
        _ => reader,
    };
}
