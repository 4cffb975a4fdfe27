namespace HlsdExtract.Export.Tables;

/// <summary>A row of quantities.csv: one figure with its section, linked names and source sentence.</summary>
public sealed record QuantityRow(
    string DocId,
    string? Heading,
    string? Topic,
    string? Goal,
    string? BlockId,
    string Text,
    decimal Value,
    string Unit,
    string? Item,
    string? Qualifier,
    string? Operation,
    string Agencies,
    string? Period,
    int Start,
    int End,
    decimal? ValueKg,
    string? Sentence,
    string? RepeatOf);
