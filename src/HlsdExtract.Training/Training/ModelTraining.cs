using HlsdExtract.Export;
using HlsdExtract.Gold;
using HlsdExtract.Language;
using HlsdExtract.Scoring;
using HlsdExtract.Segment;

namespace HlsdExtract.Training;

/// <summary>
/// <c>hlsd train</c>: the entity tagger, the boilerplate classifier and the topic classifier from every
/// gold document of a corpus, written into a models folder, plus the tagger's projected mention labels.
/// </summary>
public static class ModelTraining
{
    public static IReadOnlyList<string> Run(string corpus, string modelsFolder, string? mentionsFolder)
    {
        var gold = GoldCorpus.Load(corpus);
        if (gold.Count == 0)
        {
            throw new InvalidDataException($"{corpus}: no *.gold.json with its text found");
        }

        var lists = WordLists.Default;
        var prepared = GoldRuns.Prepare(gold, lists);
        var written = new List<string>
        {
            Save(modelsFolder, ModelStore.EntityTaggerFile, TaggerTrainer.Train(prepared.Select(p => (p.Doc, p.Gold)), lists)),
            Save(modelsFolder, ModelStore.BoilerplateFile, BoilerplateTrainer.Train(gold)),
            Save(modelsFolder, ModelStore.TopicsFile, TopicTrainer.Train(GoldRuns.TitledBlocks(gold.Select(g => g.TextPath)).SelectMany(d => d), Taxonomy.Default)),
        };
        if (mentionsFolder is not null)
        {
            foreach (var (g, doc) in prepared)
            {
                var path = Path.Combine(mentionsFolder, g.Id + ".mentions.jsonl");
                var bytes = MentionFile.ToBytes(doc, MentionProjection.Project(doc, g));
                AtomicFile.Write(path, s => s.Write(bytes), onlyIfChanged: true);
                written.Add(path);
            }
        }

        return written;
    }

    private static string Save(string folder, string file, LinearModel model)
    {
        var path = Path.Combine(folder, file);
        AtomicFile.Write(path, model.Save, onlyIfChanged: true);
        return path;
    }
}
