using System.Globalization;
using HlsdExtract.Model;
using HlsdExtract.Util;

namespace HlsdExtract.Export;

/// <summary>Builds the contract's CSV tables from documents, rows in document then mention order.</summary>
public static class CsvTables
{
    public static IReadOnlyList<CsvTable> Build(IEnumerable<Document> documents, IEnumerable<ErrorRecord> errors)
    {
        var docs = new CsvTable("documents.csv", ["doc_id", "source_path", "sha256", "format", "title", "meeting_date", "location", "source_url", "retrieved_date", "document_year", "invalid_bytes"]);
        var blocks = new CsvTable("blocks.csv", ["doc_id", "section_id", "heading", "heading_inferred", "topic", "goal", "block_id", "kind", "start", "end", "text"]);
        var entities = new CsvTable("entities.csv", ["doc_id", "block_id", "type", "text", "canonical", "acronym", "country", "start", "end", "source", "confidence", "title"]);
        var dates = new CsvTable("dates.csv", ["doc_id", "block_id", "text", "normalized", "kind", "range_start", "range_end", "start", "end"]);
        var quantities = new CsvTable("quantities.csv", ["doc_id", "heading", "topic", "goal", "block_id", "text", "value", "unit", "item", "qualifier", "operation", "agencies", "period", "start", "end", "value_kg", "sentence"]);
        foreach (var doc in documents)
        {
            var m = doc.Metadata;
            docs.Add(doc.DocId, doc.Source.Path, doc.Source.Sha256, doc.Source.Format, m.Title, m.MeetingDate, m.Location, m.SourceUrl, m.RetrievedDate, Int(m.DocumentYear), Int(doc.InvalidBytes));
            foreach (var s in doc.Sections)
            {
                foreach (var b in s.Blocks)
                {
                    blocks.Add(doc.DocId, s.Id, s.Heading, s.HeadingInferred ? "true" : "false", s.Topic, s.Goal, b.Id, b.Kind == BlockKind.Bullet ? "bullet" : "paragraph", Int(b.Span.Start), Int(b.Span.End), doc.Slice(b.Span));
                }
            }

            foreach (var e in doc.Entities)
            {
                entities.Add(doc.DocId, e.BlockId, e.Type, e.Text, e.Canonical, e.Acronym, e.Country, Int(e.Span.Start), Int(e.Span.End), e.Source, Numbers.Format(e.Confidence), e.Title);
            }

            foreach (var d in doc.Dates)
            {
                dates.Add(doc.DocId, d.BlockId, d.Text, d.Normalized, d.Kind, d.RangeStart, d.RangeEnd, Int(d.Span.Start), Int(d.Span.End));
            }

            var sections = doc.Sections.SelectMany(s => s.Blocks.Select(b => (b.Id, s))).ToDictionary(x => x.Id, x => x.s);
            foreach (var q in doc.Quantities)
            {
                var s = q.BlockId is { } id && sections.TryGetValue(id, out var sec) ? sec : null;
                quantities.Add(doc.DocId, s?.Heading, s?.Topic, s?.Goal, q.BlockId, q.Text, Numbers.Format(q.Value), q.Unit, q.Item, q.Qualifier, q.Operation, string.Join("; ", q.Agencies), q.Period, Int(q.Span.Start), Int(q.Span.End), q.ValueKg is { } kg ? Numbers.Format(kg) : null, Provenance.SentenceText(doc, q.Span));
            }
        }

        var errorTable = new CsvTable("errors.csv", ["path", "stage", "message"]);
        foreach (var e in errors)
        {
            errorTable.Add(e.Path, e.Stage, e.Message);
        }

        return [docs, blocks, entities, dates, quantities, errorTable];
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
