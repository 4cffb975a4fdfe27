namespace HlsdExtract.Diff;

/// <summary>One list of names added or dropped between two readouts, with its key (JSON) and label (reports).</summary>
public sealed record NameChange(string Key, string Label, IReadOnlyList<string> Names);
