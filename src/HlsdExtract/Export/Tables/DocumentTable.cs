namespace HlsdExtract.Export.Tables;

/// <summary>A per-document table: a <see cref="Table{TRow}"/> and which rows of a document's tables it lists.</summary>
public sealed class DocumentTable<TRow>(Table<TRow> table, Func<DocumentTables, IEnumerable<TRow>> rows) : IDocumentTable
{
    public Table<TRow> Table { get; } = table;

    public string FileName => Table.FileName;

    public IReadOnlyList<string> Header => Table.Header;

    public IReadOnlyList<CellKind> Kinds => Table.Kinds;

    public IEnumerable<object?[]> Values(DocumentTables document) => rows(document).Select(Table.Values);

    public IEnumerable<string?[]> Texts(DocumentTables document) => rows(document).Select(Table.Texts);
}
