using HlsdExtract.Export;
using HlsdExtract.Model;

namespace HlsdExtract.Batch;

/// <summary>The documents a batch extracted and the inputs that failed, both in input order.</summary>
public sealed record BatchResult(IReadOnlyList<Document> Documents, IReadOnlyList<ErrorRecord> Errors, int Skipped)
{
    public int ExitCode => Errors.Count > 0 ? 2 : 0;
}
