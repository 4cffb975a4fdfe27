namespace HlsdExtract.Diff;

/// <summary>A heading reworded between years that still maps to the same topic.</summary>
public sealed record HeadingRename(string Older, string Newer, string Topic);
