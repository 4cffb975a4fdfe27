using HlsdExtract.Ingest.Boilerplate;
using HlsdExtract.Model;

namespace HlsdExtract.Ingest;

/// <summary>
/// The title line: the headline the chrome rules found (or the breadcrumb's last element) where it
/// appears as a line, else the first line when it reads like a headline (<see cref="LineShapes.IsHeadline"/>:
/// never a site name, letterhead, byline or date line).
/// </summary>
internal static class TitleFinder
{
    public static TextSpan? Find(StrippedText stripped)
    {
        var text = stripped.Text;
        if (stripped.TitleHint is { Length: > 0 } hint)
        {
            var at = HeadingLines.IndexOfLine(text, hint, 0);
            if (at >= 0)
            {
                return new TextSpan(at, at + hint.Length);
            }
        }

        var end = text.IndexOf('\n');
        var first = end < 0 ? text : text[..end];
        var wraps = end >= 0 && end + 1 < text.Length && char.IsLower(text[end + 1]);
        return LineShapes.IsHeadline(first) && !wraps ? new TextSpan(0, first.Length) : null;
    }
}
