namespace HlsdExtract.Export.Tables;

/// <summary>
/// One column of a table, shared by the CSV and the workbook writers: its header name, the kind of
/// cell it holds and the row's value (a string, an int, a decimal, a double, a bool or a
/// <see cref="DateOnly"/>; null for an empty cell). A <see cref="CellKind.Date"/> column whose source
/// value is not a full ISO date gives that value as text (see <see cref="CellText.DateOrText"/>).
/// </summary>
public sealed record Column<TRow>(string Name, CellKind Kind, Func<TRow, object?> Value);
