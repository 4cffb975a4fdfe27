using Markdig;
using Markdig.Extensions.Yaml;
using HlsdExtract.Contracts;

namespace HlsdExtract.Ingest.Markdown;

/// <summary>
/// Markdown (CommonMark through Markdig) as plain text: one line per paragraph, heading or list
/// item (nested items too, as "• " bullets), so hard-wrapped source lines are joined. The YAML
/// front matter gives the title (the first line), published date, source URL and tags; headings,
/// bold- or underline-only paragraphs and run-in bold headings are declared as headings; end marks
/// ("\###") are chrome. Markup, link targets, images and raw HTML never reach the text.
/// </summary>
public sealed class MarkdownReader : IFormatReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public string Format => "md";

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public DecodedText Read(RawInput input)
    {
        var decoded = TextDecoder.Decode(input.Bytes.Span);
        if (PlainTextReader.LooksBinary(decoded.Text))
        {
            throw new InvalidDataException("input looks binary (NUL or control bytes), not Markdown");
        }

        var document = Markdig.Markdown.Parse(decoded.Text, Pipeline);
        var front = document.OfType<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml ? FrontMatter.Parse(yaml.Lines.ToString()) : FrontMatter.Empty;
        var writer = new MarkdownTextWriter(front.Title, decoded.Text.Length);
        foreach (var block in document.Where(b => b is not YamlFrontMatterBlock))
        {
            writer.Write(block);
        }

        return decoded with
        {
            Text = writer.Text,
            Title = front.Title,
            Headline = front.Title,
            SourceUrl = front.SourceUrl,
            PublishedDate = front.PublishedDate,
            Tags = front.Tags,
            Headings = writer.Headings,
            Removed = writer.Removed,
        };
    }
}
