using HlsdExtract.Contracts;
using HlsdExtract.Extract.Entities;
using HlsdExtract.Extract.Learned;
using HlsdExtract.Gold;
using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Scoring;
using HlsdExtract.Training;

namespace HlsdExtract.Evaluation;

/// <summary>
/// Rules only, tagger only and merged, scored per entity type over gold documents; the tagger is
/// always trained leave-one-document-out, so it is never scored on a document it learned from. In the
/// unseen-names regime each scored document is run with the word lists less its own names
/// (<see cref="UnseenNames"/>); the tagger of a fold is the same in both regimes.
/// </summary>
public sealed class EntityEvaluation(WordLists lists, double threshold = EntityTagger.DefaultThreshold)
{
    private readonly EntityResolver resolver = new();

    /// <summary>Each gold document read and run through the rule extractors (the tagger's input).</summary>
    public List<(GoldDocument Gold, Document Doc)> Prepare(IEnumerable<GoldDocument> gold) =>
        GoldRuns.Prepare(gold, lists);

    /// <summary>Each gold document run through the rule extractors with the word lists less the names only it has.</summary>
    public List<(GoldDocument Gold, Document Doc)> PrepareUnseen(IReadOnlyList<GoldDocument> gold) =>
        gold.Select(g => (g, GoldRuns.RunRules(g, UnseenNames.For(lists, g, gold)))).ToList();

    public EntityReport LeaveOneOut(IReadOnlyList<(GoldDocument Gold, Document Doc)> data) => LeaveOneOut(data, null).Normal;

    /// <summary>
    /// Leave-one-document-out over <paramref name="data"/>: fold k's tagger learns from every other document and
    /// scores document k as prepared (normal) and, when given, in the unseen-names regime.
    /// </summary>
    public (EntityReport Normal, EntityReport? Unseen) LeaveOneOut(IReadOnlyList<(GoldDocument Gold, Document Doc)> data, IReadOnlyList<(GoldDocument Gold, Document Doc)>? unseen)
    {
        var normal = new EntityReport();
        var unseenReport = unseen is null ? null : new EntityReport();
        for (var k = 0; k < data.Count; k++)
        {
            var fold = k;
            var training = data.Where((_, i) => i != fold).Select(d => (d.Doc, d.Gold));
            var model = TaggerTrainer.Train(training, lists);
            Score(normal, data[k].Gold, data[k].Doc, model);
            if (unseen is not null)
            {
                Score(unseenReport!, unseen[k].Gold, unseen[k].Doc, model);
            }
        }

        return (normal, unseenReport);
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
