using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace HlsdExtract.Ingest.Markdown;

/// <summary>
/// The visible text of a Markdown inline run: emphasis and underline markup stripped, link text
/// kept, link targets, images, autolinks, raw HTML and bare URLs dropped; each character knows
/// whether it was shown bold or underlined (what makes a bold-only line a heading).
/// </summary>
internal sealed partial class StyledText
{
    private readonly StringBuilder _text;
    private readonly List<bool> _styled;
    private Stack<bool>? _spans;
    private int _underline;

    /// <summary>Hard line breaks become spaces (inside a list item, whose text is one bullet).</summary>
    private readonly bool _oneLine;

    /// <summary>Sized for <paramref name="capacity"/> characters (the block's source length holds its visible text), so neither buffer grows chunk by chunk.</summary>
    private StyledText(bool oneLine, int capacity)
    {
        _oneLine = oneLine;
        _text = new StringBuilder(capacity);
        _styled = new List<bool>(capacity);
    }

    public static StyledText Of(ContainerInline? inline, bool oneLine, int capacity = 16)
    {
        var text = new StyledText(oneLine, Math.Max(16, capacity));
        if (inline is not null)
        {
            text.Walk(inline, styled: false);
        }

        return text;
    }

    public string Text => Clean(_text.ToString());

    /// <summary>True when every letter or digit is bold or underlined (and there is at least one).</summary>
    public bool AllStyled => Letters(false) == 0 && Letters(true) > 0;

    /// <summary>
    /// A run-in heading: a bold or underlined opening, then a dash, then plain text
    /// ("**GOAL 1: PROTECT OUR PEOPLE** – The United States ..."); null when the text is not one.
    /// </summary>
    public (string Heading, string Body)? RunIn()
    {
        var first = -1;
        for (var i = 0; i < _text.Length; i++)
        {
            if (char.IsLetterOrDigit(_text[i]) && !_styled[i])
            {
                first = i;
                break;
            }
        }

        if (first <= 0 || Letters(true) == 0)
        {
            return null;
        }

        var boundary = _text.ToString(0, first).TrimEnd();
        if (boundary.Length == 0 || boundary[^1] is not ('–' or '—' or '-'))
        {
            return null;
        }

        var heading = boundary[..^1].TrimEnd();
        return heading.Any(char.IsLetter) ? (heading, Clean(_text.ToString(first, _text.Length - first))) : null;
    }

    private int Letters(bool styled)
    {
        var n = 0;
        var flags = CollectionsMarshal.AsSpan(_styled);
        foreach (var chunk in _text.GetChunks())
        {
            var span = chunk.Span;
            for (var i = 0; i < span.Length; i++)
            {
                n += char.IsLetterOrDigit(span[i]) && flags[i] == styled ? 1 : 0;
            }

            flags = flags[span.Length..];
        }

        return n;
    }

    private void Append(ReadOnlySpan<char> text, bool styled)
    {
        _text.Append(text);
        var start = _styled.Count;
        CollectionsMarshal.SetCount(_styled, start + text.Length);
        CollectionsMarshal.AsSpan(_styled)[start..].Fill(styled || _underline > 0);
    }

    private void Walk(Inline inline, bool styled)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Append(literal.Content.AsSpan(), styled);
                break;
            case EmphasisInline emphasis:
                WalkChildren(emphasis, styled || emphasis.DelimiterCount >= 2);
                break;
            case LinkInline link when link.IsImage:
                break;
            case LinkInline link:
                WalkChildren(link, styled);
                break;
            case AutolinkInline:
                break;
            case HtmlInline html:
                Tag(html.Tag ?? string.Empty, styled);
                break;
            case CodeInline code:
                Append(code.Content, styled);
                break;
            case HtmlEntityInline entity:
                Append(entity.Transcoded.AsSpan(), styled);
                break;
            case LineBreakInline lineBreak:
                Append(lineBreak.IsHard && !_oneLine ? "\n" : " ", styled);
                break;
            case ContainerInline container:
                WalkChildren(container, styled);
                break;
        }
    }

    private void WalkChildren(ContainerInline container, bool styled)
    {
        foreach (var child in container)
        {
            Walk(child, styled);
        }
    }

    /// <summary>Raw HTML shows nothing; it only opens or closes underline (&lt;u&gt;, an underlined span) or breaks a line.</summary>
    private void Tag(string tag, bool styled)
    {
        var lower = tag.ToLowerInvariant();
        if (lower.StartsWith("<br", StringComparison.Ordinal))
        {
            Append(_oneLine ? " " : "\n", styled);
        }
        else if (lower is "<u>" or "<ins>")
        {
            _underline++;
        }
        else if (lower is "</u>" or "</ins>")
        {
            _underline = Math.Max(0, _underline - 1);
        }
        else if (lower.StartsWith("<span", StringComparison.Ordinal))
        {
            var underlined = lower.Contains("underline", StringComparison.Ordinal);
            (_spans ??= new Stack<bool>()).Push(underlined);
            _underline += underlined ? 1 : 0;
        }
        else if (lower == "</span>" && _spans is not null && _spans.TryPop(out var wasUnderlined) && wasUnderlined)
        {
            _underline = Math.Max(0, _underline - 1);
        }
    }

    /// <summary>
    /// What CommonMark leaves as literal text but a page never shows: bare URLs, the brackets of
    /// links with an empty target ("[text]()"), and runs of emphasis marks that found no partner.
    /// </summary>
    private static string Clean(string text)
    {
        if (text.Contains("**", StringComparison.Ordinal) || text.Contains("__", StringComparison.Ordinal))
        {
            text = StrayMarks().Replace(text, string.Empty);
        }

        // A link CommonMark could not parse (a target with unbalanced parentheses) is literal text: its URL goes first, then its brackets.
        text = BareUrl().Replace(text, string.Empty);
        return text.Contains("](", StringComparison.Ordinal) ? EmptyLink().Replace(text, "${text}") : text;
    }

    [GeneratedRegex(@"(?:\bhttps?://|\bwww\.)[^\s)\]>""]+", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"\[?(?<text>[^\[\]]*)\]\(\)", RegexOptions.None, 1000)]
    private static partial Regex EmptyLink();

    [GeneratedRegex(@"\*{2,}|(?<![\p{L}\p{N}])_{2,}|_{2,}(?![\p{L}\p{N}])", RegexOptions.None, 1000)]
    private static partial Regex StrayMarks();
}
