using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using HlsdExtract.Contracts;

namespace HlsdExtract.Ingest.Pdf;

/// <summary>
/// PDF through PdfPig: words grouped into lines top to bottom, lines into paragraphs by the
/// vertical gaps between them, hyphenated line ends rejoined, bullet glyphs kept as bullets,
/// bare page numbers dropped. Encrypted files that need a password are rejected.
/// </summary>
public sealed class PdfReader : IFormatReader
{
    public string Format => "pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public DecodedText Read(RawInput input)
    {
        var bytes = input.Bytes.ToArray();
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            throw new InvalidDataException("no %PDF- header: not a PDF file");
        }

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var text = new PdfParagraphs();
            foreach (var page in document.GetPages())
            {
                text.AddPage(PdfLines.FromWords(page.GetWords()));
            }

            var info = document.Information;
            return new DecodedText(text.ToString(), "pdf", 0)
            {
                Title = string.IsNullOrWhiteSpace(info.Title) ? null : info.Title.Trim(),
                PublishedDate = PdfDates.Iso(info.CreationDate),
            };
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new InvalidDataException("the PDF is encrypted and needs a password: " + ex.Message, ex);
        }
        catch (Exception ex) when (ex is not InvalidDataException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new InvalidDataException("corrupt or unsupported PDF: " + ex.Message, ex);
        }
    }
}
