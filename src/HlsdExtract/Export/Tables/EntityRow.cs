namespace HlsdExtract.Export.Tables;

/// <summary>A row of entities.csv: one entity mention.</summary>
public sealed record EntityRow(
    string DocId,
    string? BlockId,
    string Type,
    string Text,
    string Canonical,
    string? Acronym,
    string? Country,
    int Start,
    int End,
    string Source,
    double Confidence,
    string? Title);
