using HlsdExtract.Contracts;
using HlsdExtract.Language.Dates;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Quantities;

/// <summary>
/// Fills <see cref="Document.Quantities"/> from the title (a headline's figure, with no block) and
/// every block; numbers inside dates and entity names are not figures.
/// </summary>
public sealed class QuantityExtractor : IDocumentStage
{
    public string Name => "quantities";

    public Document Process(Document document, StageContext context)
    {
        var quantities = new List<QuantityMention>();
        // Dates and names lie inside their blocks: sorted once, each block's are found by binary search.
        var excluded = document.Dates.Select(d => d.Span).Concat(document.Entities.Select(e => e.Span)).OrderBy(s => s.Start).ToList();
        var pieces = document.Blocks.Select(b => (b.Span, (string?)b.Id));
        if (document.TitleSpan is { } title && !document.Blocks.Any(b => b.Span.Contains(title)))
        {
            pieces = pieces.Prepend((title, null));
        }

        foreach (var (piece, blockId) in pieces)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var text = document.Slice(piece);
            var local = SortedSpans.Within(excluded, piece, s => s)
                .Select(s => (s.Start - piece.Start, s.End - piece.Start)).ToList();
            if (blockId is null)
            {
                // Dates are found in blocks only: the title's are kept out of its figures here.
                local.AddRange(DateScanner.Scan(text, document.Metadata.DocumentYear, null).Select(d => (d.Start, d.End)));
                local.Sort();
            }

            foreach (var raw in QuantityScanner.Scan(text, local))
            {
                var span = new TextSpan(piece.Start + raw.Start, piece.Start + raw.End);
                quantities.Add(new QuantityMention
                {
                    Id = "q" + (quantities.Count + 1),
                    Text = document.Slice(span),
                    Value = raw.Value,
                    Unit = raw.Unit,
                    ValueKg = raw.ValueKg is { } kg ? Math.Round(kg, 3) : null,
                    Item = raw.Item,
                    Qualifier = raw.Qualifier,
                    BlockId = blockId,
                    Span = span,
                });
            }
        }

        return document with { Quantities = quantities };
    }
}
