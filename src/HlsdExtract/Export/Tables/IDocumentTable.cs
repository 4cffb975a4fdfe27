namespace HlsdExtract.Export.Tables;

/// <summary>One of the per-document tables, whatever its row type: its file, its columns and its rows from a document's <see cref="DocumentTables"/>.</summary>
public interface IDocumentTable
{
    string FileName { get; }

    IReadOnlyList<string> Header { get; }

    IReadOnlyList<CellKind> Kinds { get; }

    /// <summary>The document's rows of this table as typed cell values.</summary>
    IEnumerable<object?[]> Values(DocumentTables document);

    /// <summary>The document's rows of this table as CSV cells.</summary>
    IEnumerable<string?[]> Texts(DocumentTables document);
}
