namespace HlsdExtract.Diff;

/// <summary>Facts aligned across several readouts, oldest first: one column per readout, one row per fact.</summary>
public sealed record TrendReport(IReadOnlyList<DiffDocument> Documents, IReadOnlyList<string> Columns, IReadOnlyList<TrendRow> Rows);
