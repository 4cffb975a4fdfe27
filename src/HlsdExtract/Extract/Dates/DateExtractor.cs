using HlsdExtract.Model;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Extract.Dates;

/// <summary>Fills <see cref="Document.Dates"/> from every block; year-less dates take <c>documentYear</c>.</summary>
public sealed class DateExtractor : IDocumentStage
{
    public string Name => "dates";

    public Document Process(Document document, StageContext context)
    {
        var year = document.Metadata.DocumentYear;
        DateOnly? date = document.Metadata.MeetingDate is { } md ? DateOnly.ParseExact(md, "yyyy-MM-dd") : null;
        var dates = new List<DateMention>();
        foreach (var block in document.Blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var text = document.Slice(block.Span);
            foreach (var (start, end, value) in DateScanner.Scan(text, year, date))
            {
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
