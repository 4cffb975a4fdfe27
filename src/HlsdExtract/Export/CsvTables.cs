using System.Globalization;
using HlsdExtract.Common;
using HlsdExtract.Model;

namespace HlsdExtract.Export;

/// <summary>Builds the contract's CSV tables from documents, rows in document then mention order.</summary>
public static class CsvTables
{
    public static readonly IReadOnlyList<string> ErrorHeader = ["path", "stage", "message"];

    public static IReadOnlyList<CsvTable> Build(IEnumerable<Document> documents, IEnumerable<ErrorRecord> errors)
    {
        var tables = documents.Select(RowsFor).ToList();
        var combined = Empty();
        foreach (var perDocument in tables)
        {
            for (var i = 0; i < combined.Count; i++)
            {
                combined[i].Rows.AddRange(perDocument[i].Rows);
            }
        }

        combined.Add(Errors(errors));
        return combined;
    }

    public static CsvTable Errors(IEnumerable<ErrorRecord> errors)
    {
        var errorTable = new CsvTable("errors.csv", ErrorHeader);
        foreach (var e in errors)
        {
            errorTable.Add(e.Path, e.Stage, e.Message);
        }

        return errorTable;
    }

    /// <summary>One document's rows of the five document tables, in <see cref="Empty"/>'s order.</summary>
    public static List<CsvTable> RowsFor(Document doc)
    {
        var tables = Empty();
        var (docs, blocks, entities, dates, quantities) = (tables[0], tables[1], tables[2], tables[3], tables[4]);
        Add(doc, docs, blocks, entities, dates, quantities);
        return tables;
    }

    /// <summary>The five document tables with their headers and no rows.</summary>
    public static List<CsvTable> Empty()
    {
        var docs = new CsvTable("documents.csv", ["doc_id", "source_path", "sha256", "format", "title", "meeting_date", "location", "source_url", "retrieved_date", "document_year", "invalid_bytes", "published_date"]);
        var blocks = new CsvTable("blocks.csv", ["doc_id", "section_id", "heading", "heading_inferred", "topic", "goal", "block_id", "kind", "start", "end", "text"]);
        var entities = new CsvTable("entities.csv", ["doc_id", "block_id", "type", "text", "canonical", "acronym", "country", "start", "end", "source", "confidence", "title"]);
        var dates = new CsvTable("dates.csv", ["doc_id", "block_id", "text", "normalized", "kind", "range_start", "range_end", "start", "end"]);
        var quantities = new CsvTable("quantities.csv", ["doc_id", "heading", "topic", "goal", "block_id", "text", "value", "unit", "item", "qualifier", "operation", "agencies", "period", "start", "end", "value_kg", "sentence", "repeat_of"]);
        return [docs, blocks, entities, dates, quantities];
    }

    private static void Add(Document doc, CsvTable docs, CsvTable blocks, CsvTable entities, CsvTable dates, CsvTable quantities)
    {
        var m = doc.Metadata;
        docs.Add(doc.DocId, doc.Source.Path, doc.Source.Sha256, doc.Source.Format, m.Title, m.MeetingDate, m.Location, m.SourceUrl, m.RetrievedDate, Int(m.DocumentYear), Int(doc.InvalidBytes), m.PublishedDate);
        foreach (var s in doc.Sections)
        {
            foreach (var b in s.Blocks)
            {
                blocks.Add(doc.DocId, s.Id, s.Heading, s.HeadingInferred ? "true" : "false", s.Topic, s.Goal, b.Id, b.Kind == BlockKind.Bullet ? "bullet" : "paragraph", Int(b.Span.Start), Int(b.Span.End), doc.Slice(b.Span));
            }
        }

        foreach (var e in doc.Entities)
        {
            entities.Add(doc.DocId, e.BlockId, e.Type.Name, e.Text, e.Canonical, e.Acronym, e.Country, Int(e.Span.Start), Int(e.Span.End), e.Source, Numbers.Format(e.Confidence), e.Title);
        }

        foreach (var d in doc.Dates)
        {
            dates.Add(doc.DocId, d.BlockId, d.Text, d.Normalized, d.Kind, d.RangeStart, d.RangeEnd, Int(d.Span.Start), Int(d.Span.End));
        }

        var sections = doc.Sections.SelectMany(s => s.Blocks.Select(b => (b.Id, s))).ToDictionary(x => x.Id, x => x.s);
        foreach (var q in doc.Quantities)
        {
            var s = q.BlockId is { } id && sections.TryGetValue(id, out var sec) ? sec : null;
            quantities.Add(doc.DocId, s?.Heading, s?.Topic, s?.Goal, q.BlockId, q.Text, Numbers.Format(q.Value), q.Unit, q.Item, q.Qualifier, q.Operation, string.Join("; ", q.Agencies), q.Period, Int(q.Span.Start), Int(q.Span.End), q.ValueKg is { } kg ? Numbers.Format(kg) : null, Provenance.SentenceText(doc, q.Span), q.RepeatOf);
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
