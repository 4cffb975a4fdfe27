using HlsdExtract.Model;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>Text with chrome removed, what was removed, and the metadata the chrome carried.</summary>
public sealed record StrippedText(
    string Text,
    IReadOnlyList<BoilerplateItem> Removed,
    string? RetrievedDate,
    string? SourceUrl,
    string? TitleHint);
