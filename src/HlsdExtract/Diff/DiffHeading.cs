namespace HlsdExtract.Diff;

/// <summary>A written (not inferred) section heading, the taxonomy topic it maps to, and the text of its section.</summary>
public sealed record DiffHeading(string Heading, string? Topic, string? Goal, string Content = "");
