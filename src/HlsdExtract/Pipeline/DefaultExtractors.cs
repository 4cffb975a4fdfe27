using HlsdExtract.Extract.Dates;
using HlsdExtract.Extract.Entities;
using HlsdExtract.Extract.Facts;
using HlsdExtract.Extract.Learned;
using HlsdExtract.Extract.Quantities;
using HlsdExtract.Language;

namespace HlsdExtract.Pipeline;

/// <summary>Registers the extractor stages on a builder, in dependency order.</summary>
public static class DefaultExtractors
{
    public static PipelineBuilder UseDefaultExtractors(this PipelineBuilder builder) => builder.UseDefaultExtractors(new ExtractorSettings());

    public static PipelineBuilder UseDefaultExtractors(this PipelineBuilder builder, ExtractorSettings settings)
    {
        builder.UseRuleEntityExtractors(settings.Lists);
        if (settings.Tagger is { } model)
        {
            builder.Use(new EntityTagger(model, settings.Lists, settings.TaggerThreshold));
        }

        return builder
            .Use(new EntityResolver())
            .Use(new QuantityExtractor())
            .Use(new FactLinker(settings.Lists));
    }

    /// <summary>Dates and the rule-based entity extractors: the document as the entity tagger sees it.</summary>
    public static PipelineBuilder UseRuleEntityExtractors(this PipelineBuilder builder, WordLists lists) => builder
        .Use(new DateExtractor())
        .Use(new GazetteerExtractor(lists))
        .Use(new PatternExtractor(lists))
        .Use(new PersonExtractor(lists))
        .Use(new PersonCoreference());
}
