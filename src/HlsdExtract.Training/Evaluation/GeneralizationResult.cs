namespace HlsdExtract.Evaluation;

/// <summary>The outcome of <see cref="GeneralizationExperiment"/>: the removed agencies and how many of their gold mentions were found.</summary>
public sealed record GeneralizationResult(IReadOnlyList<string> Removed, int Mentions, int FoundByRules, int FoundMerged, Score MergedAgencies, Score RulesAgencies)
{
    /// <summary>The removed agencies' required gold mentions the merge still misses, as "document: name".</summary>
    public IReadOnlyList<string> MissedByMerge { get; init; } = [];

    public double MergedRecall => Mentions == 0 ? 1 : (double)FoundMerged / Mentions;

    public double RulesRecall => Mentions == 0 ? 1 : (double)FoundByRules / Mentions;
}
