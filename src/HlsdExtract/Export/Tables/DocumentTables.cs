using HlsdExtract.Model;

namespace HlsdExtract.Export.Tables;

/// <summary>
/// One document's rows of the five document tables, in document then mention order: what the batch
/// caches per document and every combined format (CSV tables, workbook) is built from.
/// </summary>
public sealed record DocumentTables(
    DocumentRow Document,
    IReadOnlyList<BlockRow> Blocks,
    IReadOnlyList<EntityRow> Entities,
    IReadOnlyList<DateRow> Dates,
    IReadOnlyList<QuantityRow> Quantities)
{
    public static DocumentTables From(Document doc)
    {
        var m = doc.Metadata;
        var document = new DocumentRow(doc.DocId, doc.Source.Path, doc.Source.Sha256, doc.Source.Format, m.Title, m.MeetingDate, m.Location, m.SourceUrl, m.RetrievedDate, m.DocumentYear, doc.InvalidBytes, m.PublishedDate);
        var blocks = doc.Sections
            .SelectMany(s => s.Blocks.Select(b => new BlockRow(doc.DocId, s.Id, s.Heading, s.HeadingInferred, s.Topic, s.Goal, b.Id, b.Kind == BlockKind.Bullet ? "bullet" : "paragraph", b.Span.Start, b.Span.End, doc.Slice(b.Span))))
            .ToList();
        var entities = doc.Entities
            .Select(e => new EntityRow(doc.DocId, e.BlockId, e.Type.Name, e.Text, e.Canonical, e.Acronym, e.Country, e.Span.Start, e.Span.End, e.Source, e.Confidence, e.Title))
            .ToList();
        var dates = doc.Dates
            .Select(d => new DateRow(doc.DocId, d.BlockId, d.Text, d.Normalized, d.Kind, d.RangeStart, d.RangeEnd, d.Span.Start, d.Span.End))
            .ToList();
        var sections = doc.Sections.SelectMany(s => s.Blocks.Select(b => (b.Id, s))).ToDictionary(x => x.Id, x => x.s);
        var quantities = doc.Quantities.Select(q =>
        {
            var s = q.BlockId is { } id && sections.TryGetValue(id, out var sec) ? sec : null;
            return new QuantityRow(doc.DocId, s?.Heading, s?.Topic, s?.Goal, q.BlockId, q.Text, q.Value, q.Unit, q.Item, q.Qualifier, q.Operation, string.Join("; ", q.Agencies), q.Period, q.Span.Start, q.Span.End, q.ValueKg, Provenance.SentenceText(doc, q.Span), q.RepeatOf);
        }).ToList();
        return new DocumentTables(document, blocks, entities, dates, quantities);
    }
}
