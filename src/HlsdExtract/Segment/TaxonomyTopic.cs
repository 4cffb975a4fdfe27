namespace HlsdExtract.Segment;

/// <summary>One topic of the Bicentennial Framework with its goal, heading wordings and keywords.</summary>
public sealed record TaxonomyTopic(
    string Id,
    string Name,
    string GoalId,
    string GoalName,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> Keywords);
