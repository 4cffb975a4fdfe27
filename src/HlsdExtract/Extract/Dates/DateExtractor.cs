using HlsdExtract.Contracts;
using HlsdExtract.Language.Dates;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Dates;

/// <summary>
/// Fills <see cref="Document.Dates"/> from every block. Year-less dates take the year of the
/// meeting or publication date when the document declares one, else of a date stamp in its
/// opening lines, else that of its latest dated mention (<see cref="YearContext"/>).
/// </summary>
public sealed class DateExtractor : IDocumentStage
{
    public string Name => "dates";

    public Document Process(Document document, StageContext context)
    {
        var blocks = document.Blocks.Select(b => (Block: b, Text: document.Slice(b.Span))).ToList();
        var years = YearContext.Of(document.Metadata, document.Text, blocks.Select(b => b.Text));
        var date = years.DocumentDate;
        var dates = new List<DateMention>();
        foreach (var (block, text) in blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var (start, end, found) in DateScanner.Scan(text, years.Year, date))
            {
                var value = years.Resolve(text[start..end], found, date);
                var span = new TextSpan(block.Span.Start + start, block.Span.Start + end);
                dates.Add(new DateMention
                {
                    Id = "d" + (dates.Count + 1),
                    Text = document.Slice(span),
                    Normalized = value.Normalized,
                    Kind = value.Kind,
                    RangeStart = value.RangeStart,
                    RangeEnd = value.RangeEnd,
                    BlockId = block.Id,
                    Span = span,
                });
            }
        }

        return document with { Dates = dates };
    }
}
