using System.Text;
using HlsdExtract.Language;

namespace HlsdExtract.Ingest.Pdf;

/// <summary>
/// Joins lines into blocks, page after page: a vertical gap clearly wider than the page's usual
/// line spacing, or a line that starts with a bullet glyph, starts a new block; a much wider gap,
/// a new section. A block cut by a page break (its last line runs to the margin, or it has no
/// final punctuation) goes on with the next page.
/// A line ending in a hyphen joins the next without a space: "traf-" + "ficking" loses the hyphen
/// (a lower-case continuation after a letter), "U.S.-" + "Mexico" keeps it.
/// </summary>
internal sealed class PdfParagraphs
{
    private static readonly char[] BulletGlyphs = ['•', '●', '▪', '◦', '■', '∙', '·', '\uF0B7'];

    private readonly StringBuilder _output = new();
    private readonly StringBuilder _block = new();
    private bool _lastLineFull;

    public void AddPage(IReadOnlyList<PdfLine> lines)
    {
        var spacing = UsualSpacing(lines);
        var margin = lines.Count > 0 ? lines.Max(l => l.Right) : 0;
        var first = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text.Trim();
            if (IsPageNumber(line))
            {
                continue;
            }

            var bullet = line.Length > 0 && BulletGlyphs.Contains(line[0]);
            var gap = i > 0 ? lines[i - 1].Bottom - lines[i].Bottom : 0;
            var continues = first
                ? !bullet && ((_lastLineFull && !(EndsSentence(_block) && HeadingRules.LooksLikeHeading(line))) || !EndsSentence(_block) || (line.Length > 0 && char.IsLower(line[0])))
                : !bullet && gap <= spacing * 1.45;
            if (_block.Length > 0 && !continues)
            {
                EndBlock(sectionBreak: !first && gap > spacing * 2.6);
            }

            first = false;
            _lastLineFull = lines[i].Right >= margin * 0.9;
            Join(bullet ? "• " + line[1..].TrimStart() : line);
        }
    }

    public override string ToString()
    {
        EndBlock(sectionBreak: false);
        return _output.ToString().TrimEnd('\n');
    }

    private void Join(string line)
    {
        if (_block.Length == 0)
        {
            _block.Append(line);
        }
        else if (_block.Length > 1 && _block[^1] == '-' && _block[^2] != ' ')
        {
            if (char.IsLetter(_block[^2]) && line.Length > 0 && char.IsLower(line[0]))
            {
                _block.Length--;
            }

            _block.Append(line);
        }
        else
        {
            _block.Append(' ').Append(line);
        }
    }

    /// <summary>Writes the block; a section break leaves two blank lines after it, as text readouts do.</summary>
    private void EndBlock(bool sectionBreak)
    {
        if (_block.Length == 0)
        {
            return;
        }

        _output.Append(_block).Append(sectionBreak ? "\n\n\n" : "\n\n");
        _block.Clear();
    }

    private static bool EndsSentence(StringBuilder block) =>
        block.Length == 0 || ".!?:;\"')”".Contains(block[^1]) || !block.ToString().Contains(' ');

    /// <summary>The most common distance between consecutive baselines on the page.</summary>
    private static double UsualSpacing(IReadOnlyList<PdfLine> lines)
    {
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Bottom - lines[i].Bottom;
            if (gap > 0)
            {
                gaps.Add(Math.Round(gap, 1));
            }
        }

        if (gaps.Count == 0)
        {
            return lines.Count > 0 ? lines[0].Height * 1.2 : 12;
        }

        return gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    private static bool IsPageNumber(string line) =>
        line.Length is > 0 and <= 12 && (line.All(char.IsAsciiDigit) || line.StartsWith("Page ", StringComparison.OrdinalIgnoreCase) && line.Skip(5).All(c => char.IsAsciiDigit(c) || c is ' ' or 'o' or 'f'));
}
