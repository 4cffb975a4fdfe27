using HlsdExtract.Export.Tables;

namespace HlsdExtract.Export.Workbook;

/// <summary>
/// One worksheet: a name, column headers with their kinds, and rows of typed cell values (see
/// <see cref="Column{TRow}"/>), read twice: once to size the columns, once to write, so rows can stream.
/// </summary>
public sealed record SheetSpec(string Name, IReadOnlyList<string> Header, IReadOnlyList<CellKind> Kinds, Func<IEnumerable<object?[]>> Rows)
{
    /// <summary>A sheet of <paramref name="table"/>'s columns over <paramref name="rows"/>.</summary>
    public static SheetSpec Of<TRow>(string name, Table<TRow> table, Func<IEnumerable<TRow>> rows) =>
        new(name, table.Header, table.Kinds, () => rows().Select(table.Values));

    /// <summary>A sheet of a per-document table over every document's rows.</summary>
    public static SheetSpec Of(string name, IDocumentTable table, Func<IEnumerable<DocumentTables>> documents) =>
        new(name, table.Header, table.Kinds, () => documents().SelectMany(table.Values));
}
