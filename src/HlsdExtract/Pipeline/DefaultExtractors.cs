namespace HlsdExtract.Pipeline;

/// <summary>Registers the extractor stages on a builder (filled in as extractor families land).</summary>
public static class DefaultExtractors
{
    public static PipelineBuilder UseDefaultExtractors(this PipelineBuilder builder) => builder;
}
