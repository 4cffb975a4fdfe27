namespace HlsdExtract.Export.Tables;

/// <summary>What a column holds: text, a number (int, decimal or double) or a date (<see cref="DateOnly"/>).</summary>
public enum CellKind
{
    Text,
    Number,
    Date,
}
