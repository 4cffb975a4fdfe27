namespace HlsdExtract.Export.Tables;

/// <summary>A row of dates.csv: one date mention; the normalized value and range ends are ISO text (a day, a month, a year, a week).</summary>
public sealed record DateRow(
    string DocId,
    string? BlockId,
    string Text,
    string Normalized,
    string Kind,
    string? RangeStart,
    string? RangeEnd,
    int Start,
    int End);
