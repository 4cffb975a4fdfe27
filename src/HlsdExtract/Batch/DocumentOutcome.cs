using HlsdExtract.Export;

namespace HlsdExtract.Batch;

/// <summary>One input's result in a batch: its manifest entry (extracted or reused) or its error.</summary>
internal sealed record DocumentOutcome(ManifestEntry? Entry, ErrorRecord? Error, bool Reused)
{
    public static DocumentOutcome Failed(string path, string stage, string message) =>
        new(null, new ErrorRecord(path, stage, message), Reused: false);
}
