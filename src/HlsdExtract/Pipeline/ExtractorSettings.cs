using HlsdExtract.Extract.Learned;
using HlsdExtract.Language;
using HlsdExtract.Scoring;

namespace HlsdExtract.Pipeline;

/// <summary>What the extractor stages are built from: word lists and the entity tagger (null: rules only).</summary>
public sealed record ExtractorSettings
{
    public WordLists Lists { get; init; } = WordLists.Default;

    public LinearModel? Tagger { get; init; } = ModelStore.EntityTagger;

    public double TaggerThreshold { get; init; } = EntityTagger.DefaultThreshold;

    public static ExtractorSettings RulesOnly => new() { Tagger = null };
}
