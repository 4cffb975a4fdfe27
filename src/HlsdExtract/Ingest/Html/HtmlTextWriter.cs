using System.Text;
using AngleSharp.Dom;

namespace HlsdExtract.Ingest.Html;

/// <summary>
/// Writes an element's visible text as the plain-text layout the pipeline reads: one block per
/// line, blank lines between blocks, list items as "• " bullets. Walks the tree with an explicit
/// stack, so a page nested 10,000 levels deep cannot overflow the call stack.
/// </summary>
internal static class HtmlTextWriter
{
    public static string Write(IElement root)
    {
        var output = new StringBuilder();
        var block = new BlockBuffer(output);
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                block.Append(text.Data);
                continue;
            }

            if (node is not IElement element || HtmlChrome.IsSkipped(element))
            {
                continue;
            }

            var kind = HtmlChrome.BlockKindOf(element.LocalName);
            if (exit)
            {
                if (kind == HtmlBlockKind.List)
                {
                    block.Break();
                }
                else if (kind != HtmlBlockKind.Inline)
                {
                    block.Flush();
                }

                continue;
            }

            if (kind == HtmlBlockKind.List)
            {
                block.Flush();
            }
            else if (kind != HtmlBlockKind.Inline)
            {
                block.Start(kind);
            }

            stack.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        block.Flush();
        return output.ToString();
    }
}
