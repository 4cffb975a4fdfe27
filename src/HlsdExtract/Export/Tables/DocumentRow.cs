namespace HlsdExtract.Export.Tables;

/// <summary>A row of documents.csv: one per document. Dates are ISO text as the metadata holds them (a full date becomes a date cell).</summary>
public sealed record DocumentRow(
    string DocId,
    string SourcePath,
    string Sha256,
    string Format,
    string? Title,
    string? MeetingDate,
    string? Location,
    string? SourceUrl,
    string? RetrievedDate,
    int? DocumentYear,
    int InvalidBytes,
    string? PublishedDate);
