namespace HlsdExtract.Model;

/// <summary>A named entity: agency, person, operation, program, criminal_org or location.</summary>
public sealed record EntityMention
{
    public string Id { get; init; } = "";
    public required EntityKind Type { get; init; }
    public required string Text { get; init; }
    public required string Canonical { get; init; }
    public string? Acronym { get; init; }
    public string? Country { get; init; }
    public string? Title { get; init; }
    public string? BlockId { get; init; }
    public required TextSpan Span { get; init; }
    public string Source { get; init; } = "rule";
    public double Confidence { get; init; } = 1.0;
}
