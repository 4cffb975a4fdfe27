using HlsdExtract.Contracts;
using HlsdExtract.Ingest.Boilerplate;
using HlsdExtract.Model;

namespace HlsdExtract.Ingest;

/// <summary>Reads, normalizes and strips one input into a <see cref="Document"/> with its chrome metadata.</summary>
public sealed class Ingestor(IReadOnlyList<IFormatReader> readers, BoilerplateStripper stripper) : IIngestor
{
    public IReadOnlyList<IFormatReader> Readers { get; } = readers;

    /// <summary>This ingestor with other readers (the same boilerplate stripper).</summary>
    public Ingestor WithReaders(IReadOnlyList<IFormatReader> other) => new(other, stripper);

    public Document Ingest(RawInput input, StageContext context)
    {
        var reader = ReaderFor(input.Path);
        var sha = DocIds.Sha256Hex(input.Bytes.Span);
        DecodedText decoded;
        try
        {
            decoded = reader.Read(input);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not PipelineException)
        {
            throw new PipelineException("ingest", $"cannot read {reader.Format}: {ex.Message}", ex);
        }

        if (decoded.InvalidBytes > 0)
        {
            context.Logger.Warning("Replaced {InvalidBytes} invalid bytes while decoding {Path} as {Encoding}",
                decoded.InvalidBytes, input.Path, decoded.Encoding);
        }

        var normalized = TextNormalizer.Normalize(decoded.Text);
        var stripped = stripper.Strip(normalized, headlineGiven: decoded.Headline is { Length: > 0 });
        var text = stripped.Text;
        TextSpan? title;
        if (decoded.Headline is { Length: > 0 } headline)
        {
            text = text.Length > 0 ? string.Concat(headline, "\n\n", text) : headline;
            title = new TextSpan(0, headline.Length);
        }
        else
        {
            title = TitleFinder.Find(stripped);
        }

        return new Document
        {
            DocId = DocIds.Make(input.Path),
            Source = new DocumentSource(input.Path, sha, reader.Format),
            Text = text,
            InvalidBytes = decoded.InvalidBytes,
            Boilerplate = [.. decoded.Removed, .. stripped.Removed],
            TitleSpan = title,
            DeclaredHeadings = decoded.Headings is { } headings ? HeadingLines.Locate(text, headings, title) : null,
            Metadata = new DocumentMetadata
            {
                Title = title is { } t ? t.Slice(text) : decoded.Title,
                SourceUrl = stripped.SourceUrl ?? decoded.SourceUrl,
                RetrievedDate = stripped.RetrievedDate,
                PublishedDate = decoded.PublishedDate ?? DateLines.Published(normalized, title?.Slice(text)) ?? DateLines.Published(text, title?.Slice(text)),
                Tags = decoded.Tags,
            },
        };
    }

    private IFormatReader ReaderFor(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return Readers.FirstOrDefault(r => r.Extensions.Contains(ext)) ?? Readers[0];
    }
}
