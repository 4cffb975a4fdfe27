namespace HlsdExtract.Diff;

/// <summary>A written (not inferred) section heading and the taxonomy topic it maps to.</summary>
public sealed record DiffHeading(string Heading, string? Topic, string? Goal);
