namespace HlsdExtract.Export.Tables;

/// <summary>A table's definition: its file name and its columns, in order. Rows are typed records; cells come from the columns.</summary>
public sealed class Table<TRow>(string fileName, IReadOnlyList<Column<TRow>> columns)
{
    public string FileName { get; } = fileName;

    public IReadOnlyList<Column<TRow>> Columns { get; } = columns;

    public IReadOnlyList<string> Header { get; } = columns.Select(c => c.Name).ToList();

    /// <summary>The row's typed cell values, one per column.</summary>
    public object?[] Values(TRow row)
    {
        var values = new object?[Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Columns[i].Value(row);
        }

        return values;
    }

    /// <summary>The row's cells as the CSV writes them (invariant text, null for empty).</summary>
    public string?[] Texts(TRow row) => Array.ConvertAll(Values(row), CellText.Of);

    public IReadOnlyList<CellKind> Kinds => Columns.Select(c => c.Kind).ToList();
}
