namespace HlsdExtract.Export.Tables;

/// <summary>
/// The output contract's CSV tables, one column definition each (name, kind, value), shared by the
/// CSV tables and the workbook sheets. <see cref="PerDocument"/> lists the five document tables in file order.
/// </summary>
public static class ExtractionTables
{
    public static readonly DocumentTable<DocumentRow> Documents = new(new("documents.csv",
    [
        new("doc_id", CellKind.Text, r => r.DocId),
        new("source_path", CellKind.Text, r => r.SourcePath),
        new("sha256", CellKind.Text, r => r.Sha256),
        new("format", CellKind.Text, r => r.Format),
        new("title", CellKind.Text, r => r.Title),
        new("meeting_date", CellKind.Date, r => CellText.DateOrText(r.MeetingDate)),
        new("location", CellKind.Text, r => r.Location),
        new("source_url", CellKind.Text, r => r.SourceUrl),
        new("retrieved_date", CellKind.Date, r => CellText.DateOrText(r.RetrievedDate)),
        new("document_year", CellKind.Number, r => r.DocumentYear),
        new("invalid_bytes", CellKind.Number, r => r.InvalidBytes),
        new("published_date", CellKind.Date, r => CellText.DateOrText(r.PublishedDate)),
    ]), d => [d.Document]);

    public static readonly DocumentTable<BlockRow> Blocks = new(new("blocks.csv",
    [
        new("doc_id", CellKind.Text, r => r.DocId),
        new("section_id", CellKind.Text, r => r.SectionId),
        new("heading", CellKind.Text, r => r.Heading),
        new("heading_inferred", CellKind.Text, r => r.HeadingInferred),
        new("topic", CellKind.Text, r => r.Topic),
        new("goal", CellKind.Text, r => r.Goal),
        new("block_id", CellKind.Text, r => r.BlockId),
        new("kind", CellKind.Text, r => r.Kind),
        new("start", CellKind.Number, r => r.Start),
        new("end", CellKind.Number, r => r.End),
        new("text", CellKind.Text, r => r.Text),
    ]), d => d.Blocks);

    public static readonly DocumentTable<EntityRow> Entities = new(new("entities.csv",
    [
        new("doc_id", CellKind.Text, r => r.DocId),
        new("block_id", CellKind.Text, r => r.BlockId),
        new("type", CellKind.Text, r => r.Type),
        new("text", CellKind.Text, r => r.Text),
        new("canonical", CellKind.Text, r => r.Canonical),
        new("acronym", CellKind.Text, r => r.Acronym),
        new("country", CellKind.Text, r => r.Country),
        new("start", CellKind.Number, r => r.Start),
        new("end", CellKind.Number, r => r.End),
        new("source", CellKind.Text, r => r.Source),
        new("confidence", CellKind.Number, r => r.Confidence),
        new("title", CellKind.Text, r => r.Title),
    ]), d => d.Entities);

    public static readonly DocumentTable<DateRow> Dates = new(new("dates.csv",
    [
        new("doc_id", CellKind.Text, r => r.DocId),
        new("block_id", CellKind.Text, r => r.BlockId),
        new("text", CellKind.Text, r => r.Text),
        new("normalized", CellKind.Date, r => CellText.DateOrText(r.Normalized)),
        new("kind", CellKind.Text, r => r.Kind),
        new("range_start", CellKind.Date, r => CellText.DateOrText(r.RangeStart)),
        new("range_end", CellKind.Date, r => CellText.DateOrText(r.RangeEnd)),
        new("start", CellKind.Number, r => r.Start),
        new("end", CellKind.Number, r => r.End),
    ]), d => d.Dates);

    public static readonly DocumentTable<QuantityRow> Quantities = new(new("quantities.csv",
    [
        new("doc_id", CellKind.Text, r => r.DocId),
        new("heading", CellKind.Text, r => r.Heading),
        new("topic", CellKind.Text, r => r.Topic),
        new("goal", CellKind.Text, r => r.Goal),
        new("block_id", CellKind.Text, r => r.BlockId),
        new("text", CellKind.Text, r => r.Text),
        new("value", CellKind.Number, r => r.Value),
        new("unit", CellKind.Text, r => r.Unit),
        new("item", CellKind.Text, r => r.Item),
        new("qualifier", CellKind.Text, r => r.Qualifier),
        new("operation", CellKind.Text, r => r.Operation),
        new("agencies", CellKind.Text, r => r.Agencies),
        new("period", CellKind.Text, r => r.Period),
        new("start", CellKind.Number, r => r.Start),
        new("end", CellKind.Number, r => r.End),
        new("value_kg", CellKind.Number, r => r.ValueKg),
        new("sentence", CellKind.Text, r => r.Sentence),
        new("repeat_of", CellKind.Text, r => r.RepeatOf),
    ]), d => d.Quantities);

    public static readonly Table<ErrorRecord> Errors = new("errors.csv",
    [
        new("path", CellKind.Text, e => e.Path),
        new("stage", CellKind.Text, e => e.Stage),
        new("message", CellKind.Text, e => e.Message),
    ]);

    /// <summary>The five document tables in the order their files are written.</summary>
    public static readonly IReadOnlyList<IDocumentTable> PerDocument = [Documents, Blocks, Entities, Dates, Quantities];
}
