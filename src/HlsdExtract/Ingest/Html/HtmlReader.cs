using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HlsdExtract.Contracts;

namespace HlsdExtract.Ingest.Html;

/// <summary>
/// HTML through AngleSharp's parser alone (no browsing context, so nothing is ever fetched):
/// page chrome and hidden elements dropped, headings and list items kept as headings and
/// bullets, title, canonical URL and publication date taken from the head.
/// </summary>
public sealed class HtmlReader : IFormatReader
{
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
    };

    public string Format => "html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public DecodedText Read(RawInput input)
    {
        var decoded = TextDecoder.Decode(input.Bytes.Span, HtmlCharset.Declared(input.Bytes.Span));
        if (PlainTextReader.LooksBinary(decoded.Text))
        {
            throw new InvalidDataException("input looks binary (NUL or control bytes), not HTML");
        }

        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(decoded.Text);
        var head = HtmlMetadata.From(document);
        var root = (IElement?)document.QuerySelector("main") ?? document.QuerySelector("article") ?? document.Body;
        var text = root is null ? string.Empty : HtmlTextWriter.Write(root);
        if (head.Title is { } title && root?.QuerySelector("h1") is null)
        {
            text = title + "\n\n" + text;
        }

        return decoded with
        {
            Text = text,
            Title = head.Title,
            SourceUrl = head.CanonicalUrl,
            PublishedDate = head.PublishedDate,
        };
    }
}
