namespace HlsdExtract.Export.Tables;

/// <summary>A row of blocks.csv: one paragraph or bullet with its section.</summary>
public sealed record BlockRow(
    string DocId,
    string SectionId,
    string? Heading,
    bool HeadingInferred,
    string? Topic,
    string? Goal,
    string BlockId,
    string Kind,
    int Start,
    int End,
    string Text);
