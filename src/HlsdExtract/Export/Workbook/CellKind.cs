namespace HlsdExtract.Export.Workbook;

public enum CellKind
{
    Text,
    Number,
    Date,
}
