using HlsdExtract.Extract.Entities;
using HlsdExtract.Extract.Learned;
using HlsdExtract.Learn;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Evaluation;

/// <summary>
/// Rules only, tagger only and merged, scored per entity type over gold documents; the tagger is
/// always trained leave-one-document-out, so it is never scored on a document it learned from.
/// </summary>
public sealed class EntityEvaluation(WordLists lists, double threshold = EntityTagger.DefaultThreshold)
{
    private readonly EntityResolver resolver = new();

    /// <summary>Each gold document read and run through the rule extractors (the tagger's input).</summary>
    public List<(GoldDocument Gold, Document Doc)> Prepare(IEnumerable<GoldDocument> gold)
    {
        var pipeline = PipelineBuilder.CreateStructure(topicClassifier: null).UseRuleEntityExtractors(lists).Build();
        return gold.Select(g => (g, pipeline.Run(new RawInput(g.TextPath, File.ReadAllBytes(g.TextPath))))).ToList();
    }

    public EntityReport LeaveOneOut(IReadOnlyList<(GoldDocument Gold, Document Doc)> data)
    {
        var report = new EntityReport();
        for (var k = 0; k < data.Count; k++)
        {
            var model = TaggerTrainer.Train(data.Where((_, i) => i != k).Select(d => (d.Doc, d.Gold)), lists);
            Score(report, data[k].Gold, data[k].Doc, model);
        }

        return report;
    }

    /// <summary>Adds one document's three-way scores to <paramref name="report"/> (the model must not have seen it).</summary>
    public void Score(EntityReport report, GoldDocument gold, Document doc, LinearModel model)
    {
        var context = new StageContext(Serilog.Core.Logger.None, CancellationToken.None);
        var rules = resolver.Process(doc, context).Entities;
        var ml = resolver.Process(new EntityTagger(model, lists, threshold, alone: true).Process(doc, context), context).Entities;
        var merged = resolver.Process(new EntityTagger(model, lists, threshold).Process(doc, context), context).Entities;
        report.Add(gold, rules, ml, merged);
    }
}
