namespace HlsdExtract.Export.Workbook;

/// <summary>
/// One worksheet: a name, column headers with their kinds, and rows of invariant strings
/// (read twice: once to size the columns, once to write), so rows can stream from a file.
/// </summary>
public sealed record SheetSpec(string Name, IReadOnlyList<string> Header, IReadOnlyList<CellKind> Kinds, Func<IEnumerable<string?[]>> Rows)
{
    private static readonly HashSet<string> NumberColumns = new(StringComparer.Ordinal)
    {
        "value", "value_kg", "start", "end", "confidence", "document_year", "invalid_bytes", "older_value", "newer_value", "change", "percent_change", "year", "score",
    };

    private static readonly HashSet<string> DateColumns = new(StringComparer.Ordinal)
    {
        "meeting_date", "retrieved_date", "published_date", "normalized", "range_start", "range_end",
    };

    /// <summary>A sheet whose column kinds follow the output contract's column names.</summary>
    public static SheetSpec ByColumnNames(string name, IReadOnlyList<string> header, Func<IEnumerable<string?[]>> rows) =>
        new(name, header, header.Select(h => NumberColumns.Contains(h) ? CellKind.Number : DateColumns.Contains(h) ? CellKind.Date : CellKind.Text).ToList(), rows);
}
