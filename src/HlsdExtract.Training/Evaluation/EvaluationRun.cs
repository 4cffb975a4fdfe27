using System.Globalization;
using System.Text;
using HlsdExtract.Contracts;
using HlsdExtract.Gold;
using HlsdExtract.Ingest.Boilerplate;
using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;
using HlsdExtract.Segment;

namespace HlsdExtract.Evaluation;

/// <summary>
/// <c>hlsd evaluate</c>: entities three ways (rules, tagger alone, merged; the tagger trained
/// leave-one-document-out), quantities and dates, the boilerplate and topic classifiers (both
/// leave-one-document-out), and optionally the unknown-agency generalization experiment.
/// </summary>
public static class EvaluationRun
{
    public static string Report(string goldFolder, bool generalization, double threshold = Extract.Learned.EntityTagger.DefaultThreshold)
    {
        var gold = GoldCorpus.Load(goldFolder);
        if (gold.Count == 0)
        {
            throw new InvalidDataException($"{goldFolder}: no *.gold.json with its text found");
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{gold.Count} gold documents in {goldFolder}\n\n");
        var entities = new EntityEvaluation(WordLists.Default, threshold);
        var (report, unseen) = entities.LeaveOneOut(entities.Prepare(gold), entities.PrepareUnseen(gold));
        text.Append("Entities (name level, the reference scorer's matching; tagger leave-one-document-out)\n");
        Table(text, report);
        text.Append("\nEntities, unseen-names regime (each document's word lists less the names no other gold document has)\n");
        Table(text, unseen!);
        text.Append("  a merge that only adds to the rules (their wrong names kept) reaches at most, with every miss found:\n");
        foreach (var (type, (rules, _, _)) in unseen!.ByType.Where(t => t.Key == EntityKind.Agency || t.Key == EntityKind.Program || t.Key == EntityKind.Person))
        {
            var ceiling = new Score(rules.TruePositives + rules.FalseNegatives, rules.FalsePositives, 0);
            text.Append(CultureInfo.InvariantCulture, $"  {type.Name,-14} F1 {ceiling.F1:0.000} (rules + 0.05 = {rules.F1 + 0.05:0.000})\n");
        }

        text.Append("\nEntity misses per document (merged; - missed, + not in gold)\n");
        foreach (var line in EntityMisses.Lines(report))
        {
            text.Append(line).Append('\n');
        }

        text.Append("\nEntity misses per document, unseen-names regime (merged; - missed, + not in gold)\n");
        foreach (var line in EntityMisses.Lines(unseen!))
        {
            text.Append(line).Append('\n');
        }

        text.Append("\nUnseen-names regime: what the tagger adds to the rules (+ right, ! not in gold)\n");
        foreach (var line in EntityMisses.Added(unseen!))
        {
            text.Append(line).Append('\n');
        }

        var pipeline = PipelineBuilder.CreateStructure().UseDefaultExtractors(ExtractorSettings.RulesOnly).Build();
        Score quantities = default, dates = default;
        foreach (var g in gold)
        {
            var doc = pipeline.Run(new RawInput(g.TextPath, File.ReadAllBytes(g.TextPath)));
            quantities += FigureEvaluation.Quantities(doc, g);
            dates += FigureEvaluation.Dates(doc, g);
        }

        text.Append('\n').Append(Row("figures", "P/R/F1", "", "")).Append(Row("quantities", Prf(quantities), "(value, unit)", ""))
            .Append(Row("dates", Prf(dates), "(normalized)", ""));
        var boilerByDocument = BoilerplateEvaluation.ByDocument(gold, ClassifierRule.DefaultDecision);
        var boiler = Score.Sum(boilerByDocument.Select(d => d.Score));
        var (right, total) = TopicEvaluation.LeaveOneOut(GoldRuns.TitledBlocks(gold.Select(g => g.TextPath)), Taxonomy.Default);
        text.Append('\n').Append(CultureInfo.InvariantCulture, $"Boilerplate classifier alone, by line, leave-one-document-out: {Prf(boiler)} ({boiler.TruePositives} right, {boiler.FalsePositives} wrong, {boiler.FalseNegatives} missed)\n");
        foreach (var (id, score) in boilerByDocument.Where(d => d.Score.TruePositives + d.Score.FalsePositives + d.Score.FalseNegatives > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {id}: {score.TruePositives} right, {score.FalsePositives} wrong, {score.FalseNegatives} missed\n");
        }

        var merge = BoilerplateEvaluation.RulesAndMerged(gold);
        var (rulesOnly, mergedAll) = (Score.Sum(merge.Select(m => m.Rules)), Score.Sum(merge.Select(m => m.Merged)));
        text.Append(CultureInfo.InvariantCulture, $"Boilerplate by line, rules alone: {Prf(rulesOnly)} ({rulesOnly.TruePositives} right, {rulesOnly.FalsePositives} wrong, {rulesOnly.FalseNegatives} missed); rules + classifier (leave-one-document-out, p >= {BoilerplateStripper.DefaultThreshold}): {Prf(mergedAll)} ({mergedAll.TruePositives} right, {mergedAll.FalsePositives} wrong, {mergedAll.FalseNegatives} missed)\n");
        foreach (var (id, r, m) in merge.Where(d => d.Rules != d.Merged || d.Rules.FalsePositives + d.Rules.FalseNegatives > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {id}: rules {r.TruePositives}/{r.FalsePositives}/{r.FalseNegatives}, merged {m.TruePositives}/{m.FalsePositives}/{m.FalseNegatives} (right/wrong/missed)\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Topic classifier on titled blocks, leave-one-document-out: {right}/{total} = {(total == 0 ? 0 : (double)right / total):0.000}\n");
        if (generalization)
        {
            var g = GeneralizationExperiment.Run(gold);
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"Generalization: {g.Removed.Count} of the corpus's agencies removed from the gazetteer (seeded), tagger retrained leave-one-document-out\n")
                .Append(CultureInfo.InvariantCulture, $"  removed: {string.Join("; ", g.Removed)}\n")
                .Append(CultureInfo.InvariantCulture, $"  missed by the merge: {string.Join("; ", g.MissedByMerge)}\n")
                .Append(CultureInfo.InvariantCulture, $"  recall on their {g.Mentions} required gold mentions: rules {g.RulesRecall:0.000}, merged {g.MergedRecall:0.000}; merged agency precision {g.MergedAgencies.Precision:0.000}\n");
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, EntityReport report)
    {
        text.Append(Row("type", "rules P/R/F1", "ml P/R/F1", "merged P/R/F1"));
        foreach (var (type, (rules, ml, merged)) in report.ByType)
        {
            text.Append(Row(type.Name, Prf(rules), Prf(ml), Prf(merged)));
        }
    }

    private static string Prf(Score s) => string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000}/{s.Recall:0.000}/{s.F1:0.000}");

    private static string Row(string a, string b, string c, string d) => $"  {a,-14} {b,-20} {c,-20} {d,-20}".TrimEnd() + "\n";
}
