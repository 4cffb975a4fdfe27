using HlsdExtract.Common;

namespace HlsdExtract.Scoring;

/// <summary>The models shipped in <c>Data/models/</c> (written by <c>hlsd train</c>), loaded once; null when one is missing.</summary>
public static class ModelStore
{
    public const string EntityTaggerFile = "entity-tagger.bin";
    public const string BoilerplateFile = "boilerplate.bin";
    public const string TopicsFile = "topics.bin";

    private static readonly Lazy<LinearModel?> Tagger = new(() => Load(EntityTaggerFile));
    private static readonly Lazy<LinearModel?> Boiler = new(() => Load(BoilerplateFile));
    private static readonly Lazy<LinearModel?> Topic = new(() => Load(TopicsFile));

    public static LinearModel? EntityTagger => Tagger.Value;

    public static LinearModel? Boilerplate => Boiler.Value;

    public static LinearModel? Topics => Topic.Value;

    private static LinearModel? Load(string file)
    {
        using var stream = DataFiles.TryOpen("models/" + file);
        return stream is null ? null : LinearModel.Load(stream);
    }
}
