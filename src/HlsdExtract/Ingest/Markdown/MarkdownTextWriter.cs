using System.Text;
using Markdig.Syntax;

namespace HlsdExtract.Ingest.Markdown;

/// <summary>Writes Markdown blocks as plain text lines for <see cref="MarkdownReader"/> (one instance per document).</summary>
internal sealed class MarkdownTextWriter
{
    /// <summary>A bold-only paragraph longer than this is emphasized prose, not a heading.</summary>
    private const int MaxHeadingWords = 25;

    /// <summary>A bold line ending in a colon longer than this is a lead-in sentence ("..., the President writes:").</summary>
    private const int MaxColonHeadingWords = 10;

    private readonly StringBuilder _text;
    private readonly string? _title;
    private readonly List<string> _headings = [];
    private readonly List<Model.BoilerplateItem> _removed = [];
    private bool _lastWasBullet;

    /// <summary>A writer for a document whose declared title is <paramref name="title"/>: the body's opening heading repeating it is the title, not a section.</summary>
    /// <remarks><paramref name="capacity"/>: the source's length, which holds the text written (markup only drops characters), so the buffer never grows.</remarks>
    public MarkdownTextWriter(string? title, int capacity = 16)
    {
        _title = title is null ? null : OneLine(title);
        _text = new StringBuilder(capacity);
    }

    public string Text => _text.ToString();

    /// <summary>The heading lines, normalized as the ingestor normalizes text, in order.</summary>
    public IReadOnlyList<string> Headings => _headings;

    public IReadOnlyList<Model.BoilerplateItem> Removed => _removed;

    public void Write(Markdig.Syntax.Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Heading(StyledText.Of(heading.Inline, oneLine: true, heading.Span.Length).Text);
                break;
            case ParagraphBlock paragraph:
                Paragraph(StyledText.Of(paragraph.Inline, oneLine: false, paragraph.Span.Length));
                break;
            case ListBlock list:
                List(list);
                break;
            case CodeBlock code:
                Line(string.Join(' ', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString().Trim()).Where(l => l.Length > 0)), bullet: false);
                break;
            case HtmlBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Write(child);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                Paragraph(StyledText.Of(inline, oneLine: false));
                break;
        }
    }

    private void Paragraph(StyledText styled)
    {
        var text = styled.Text;
        if (IsEndMark(text))
        {
            _removed.Add(new Model.BoilerplateItem(text.Trim(), "end-mark"));
            return;
        }

        if (styled.AllStyled && LooksLikeHeading(text))
        {
            Heading(text);
        }
        else if (styled.RunIn() is { } runIn && LooksLikeHeading(runIn.Heading))
        {
            Heading(runIn.Heading);
            Line(runIn.Body, bullet: false);
        }
        else
        {
            Line(text, bullet: false);
        }
    }

    private void List(ListBlock list)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var parts = new List<string>();
            foreach (var child in item)
            {
                if (child is ListBlock nested)
                {
                    Flush(parts);
                    List(nested);
                }
                else if (child is LeafBlock { Inline: { } inline })
                {
                    parts.Add(StyledText.Of(inline, oneLine: true, child.Span.Length).Text);
                }
                else if (child is ContainerBlock container)
                {
                    parts.AddRange(container.Descendants<LeafBlock>().Where(l => l.Inline is not null).Select(l => StyledText.Of(l.Inline, oneLine: true).Text));
                }
            }

            Flush(parts);
        }

        void Flush(List<string> parts)
        {
            Line(string.Join(' ', parts), bullet: true);
            parts.Clear();
        }
    }

    private void Heading(string text)
    {
        var line = OneLine(text);
        if (line.Length == 0 || (_text.Length == 0 && string.Equals(line, _title, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        Line(line, bullet: false);
        _headings.Add(line);
    }

    /// <summary>Appends a block: bullets of one list on consecutive lines, every other block after a blank line.</summary>
    private void Line(string text, bool bullet)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || !HasLetterOrDigit(trimmed))
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append(bullet && _lastWasBullet ? "\n" : "\n\n");
        }

        _text.Append(bullet ? "• " + OneLine(trimmed) : trimmed);
        _lastWasBullet = bullet;
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string OneLine(string text) =>
        string.Join(' ', TextNormalizer.Normalize(text).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static bool LooksLikeHeading(string text)
    {
        var line = OneLine(text);
        var words = line.Split(' ').Length;
        return line.Length > 0 && words <= (line[^1] == ':' ? MaxColonHeadingWords : MaxHeadingWords)
            && line.Any(char.IsLetter) && !".!?,;\"'”".Contains(line[^1]);
    }

    /// <summary>An end mark: a paragraph of only '#' (or "-30-"), as press releases close.</summary>
    private static bool IsEndMark(string text)
    {
        var t = text.Trim();
        return (t.Length >= 3 && t.All(c => c is '#' or ' ')) || t is "-30-" or "- 30 -";
    }
}
