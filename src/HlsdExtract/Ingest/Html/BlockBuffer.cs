using System.Text;

namespace HlsdExtract.Ingest.Html;

/// <summary>Collects one block's text with HTML whitespace collapsing, then writes it as a line.</summary>
internal sealed class BlockBuffer(StringBuilder output)
{
    private readonly StringBuilder _text = new();
    private HtmlBlockKind _kind = HtmlBlockKind.Paragraph;
    private bool _pendingSpace;
    private bool _widerGap;
    private bool _afterHeading;

    /// <summary>Marks the end of a list: two blank lines before the next block, as text readouts separate sections.</summary>
    public void Break()
    {
        Flush();
        _widerGap = true;
    }

    public void Start(HtmlBlockKind kind)
    {
        // <li><p>text</p></li> stays a bullet: a wrapper inside an empty bullet or heading keeps its kind.
        if (_text.Length == 0 && _kind != HtmlBlockKind.Paragraph && kind == HtmlBlockKind.Paragraph)
        {
            return;
        }

        Flush();
        _kind = kind == HtmlBlockKind.Inline ? HtmlBlockKind.Paragraph : kind;
    }

    public void Append(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }

            if (_pendingSpace)
            {
                _text.Append(' ');
                _pendingSpace = false;
            }

            _text.Append(c);
        }
    }

    /// <summary>Ends the current block; the text after it belongs to a plain paragraph.</summary>
    public void Flush()
    {
        if (_text.Length > 0)
        {
            if (output.Length > 0)
            {
                var wider = (_widerGap && !_afterHeading) || _kind == HtmlBlockKind.Heading;
                output.Append(wider ? "\n\n\n" : "\n\n");
            }

            _widerGap = false;
            _afterHeading = _kind == HtmlBlockKind.Heading;

            if (_kind == HtmlBlockKind.Bullet)
            {
                output.Append("• ");
            }

            output.Append(_text);
        }

        _text.Clear();
        _pendingSpace = false;
        _kind = HtmlBlockKind.Paragraph;
    }
}
