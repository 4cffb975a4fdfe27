using HlsdExtract.Contracts;
using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Gold;

/// <summary>Gold documents run through the pipeline as training and evaluation both need them.</summary>
public static class GoldRuns
{
    /// <summary>Each gold document read and run through the rule extractors with <paramref name="lists"/> (the tagger's input).</summary>
    public static List<(GoldDocument Gold, Document Doc)> Prepare(IEnumerable<GoldDocument> gold, WordLists lists) =>
        gold.Select(g => (g, RunRules(g, lists))).ToList();

    /// <summary>One gold document's text through segmentation and the rule entity extractors only.</summary>
    public static Document RunRules(GoldDocument g, WordLists lists) =>
        PipelineBuilder.CreateStructure(topicClassifier: null).UseRuleEntityExtractors(lists).Build().Run(new RawInput(g.TextPath, File.ReadAllBytes(g.TextPath)));

    /// <summary>Every document's blocks under a written (not inferred) heading with a topic: the topic classifier's examples.</summary>
    public static List<List<(string Text, string Topic)>> TitledBlocks(IEnumerable<string> textPaths)
    {
        var pipeline = PipelineBuilder.CreateStructure(topicClassifier: null).Build();
        return textPaths.Select(p => Titled(pipeline.Run(new RawInput(p, File.ReadAllBytes(p))))).ToList();
    }

    public static List<(string Text, string Topic)> Titled(Document doc) =>
        doc.Sections.Where(s => !s.HeadingInferred && s.Topic is not null)
            .SelectMany(s => s.Blocks.Select(b => (doc.Slice(b.Span), s.Topic!))).ToList();
}
