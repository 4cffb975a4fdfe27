using System.Text;
using UglyToad.PdfPig.Content;

namespace HlsdExtract.Ingest.Pdf;

/// <summary>Groups a page's words into lines: same baseline within half a line height, read left to right.</summary>
internal static class PdfLines
{
    public static List<PdfLine> FromWords(IEnumerable<Word> words)
    {
        var rows = new List<List<Word>>();
        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w.Text))
                     .OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            var tolerance = Math.Max(1.0, word.BoundingBox.Height * 0.5);
            if (row is not null && Math.Abs(row[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance)
            {
                row.Add(word);
            }
            else
            {
                rows.Add([word]);
            }
        }

        var lines = new List<PdfLine>(rows.Count);
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            var text = new StringBuilder();
            foreach (var word in row)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                text.Append(word.Text);
            }

            var height = row.Max(w => w.BoundingBox.Height);
            lines.Add(new PdfLine(text.ToString(), row[0].BoundingBox.Bottom, height, row[0].BoundingBox.Left, row[^1].BoundingBox.Right));
        }

        return lines;
    }
}
