using HlsdExtract.Extract.Dates;
using HlsdExtract.Extract.Entities;
using HlsdExtract.Extract.Facts;
using HlsdExtract.Extract.Quantities;

namespace HlsdExtract.Pipeline;

/// <summary>Registers the extractor stages on a builder, in dependency order.</summary>
public static class DefaultExtractors
{
    public static PipelineBuilder UseDefaultExtractors(this PipelineBuilder builder)
    {
        var lists = WordLists.Default;
        return builder
            .Use(new DateExtractor())
            .Use(new GazetteerExtractor(lists))
            .Use(new PatternExtractor(lists))
            .Use(new PersonExtractor(lists))
            .Use(new EntityResolver())
            .Use(new QuantityExtractor())
            .Use(new FactLinker(lists));
    }
}
