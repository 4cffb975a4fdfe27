using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using HlsdExtract.Util;

namespace HlsdExtract.Extract.Quantities;

/// <summary>Fills <see cref="Document.Quantities"/>; numbers inside dates and entity names are not figures.</summary>
public sealed class QuantityExtractor : IDocumentStage
{
    public string Name => "quantities";

    public Document Process(Document document, StageContext context)
    {
        var quantities = new List<QuantityMention>();
        // Dates and names lie inside their blocks: sorted once, each block's are found by binary search.
        var excluded = document.Dates.Select(d => d.Span).Concat(document.Entities.Select(e => e.Span)).OrderBy(s => s.Start).ToList();
        foreach (var block in document.Blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var local = SortedSpans.Within(excluded, block.Span, s => s)
                .Select(s => (s.Start - block.Span.Start, s.End - block.Span.Start)).ToList();
            foreach (var raw in QuantityScanner.Scan(document.Slice(block.Span), local))
            {
                var span = new TextSpan(block.Span.Start + raw.Start, block.Span.Start + raw.End);
                quantities.Add(new QuantityMention
                {
                    Id = "q" + (quantities.Count + 1),
                    Text = document.Slice(span),
                    Value = raw.Value,
                    Unit = raw.Unit,
                    ValueKg = raw.ValueKg is { } kg ? Math.Round(kg, 3) : null,
                    Item = raw.Item,
                    Qualifier = raw.Qualifier,
                    BlockId = block.Id,
                    Span = span,
                });
            }
        }

        return document with { Quantities = quantities };
    }
}
