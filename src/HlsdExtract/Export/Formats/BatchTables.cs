using HlsdExtract.Export.Tables;

namespace HlsdExtract.Export.Formats;

/// <summary>
/// Every document's rows of a batch, in input order, and its error rows: what the combined formats
/// are built from. <see cref="Documents"/> streams the rows (from the batch's cache) and may be
/// enumerated more than once; nothing holds every document.
/// </summary>
public sealed record BatchTables(Func<IEnumerable<DocumentTables>> Documents, IReadOnlyList<ErrorRecord> Errors);
