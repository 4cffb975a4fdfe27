using System.CommandLine;
using HlsdExtract.Training;

namespace HlsdExtract.Cli;

/// <summary><c>hlsd train [--corpus DIR] [--models DIR]</c>: retrains the shipped models from the gold corpus (one thread, fixed seed).</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder holding texts and their gold/*.gold.json.", DefaultValueFactory = _ => "corpus" };
        var models = new Option<string>("--models") { Description = "Where the models are written (shipped from the library's Data/models).", DefaultValueFactory = _ => Path.Combine("src", "HlsdExtract", "Data", "models") };
        var mentions = new Option<string?>("--mentions") { Description = "Where to write the tagger's projected mention labels (JSONL); default <corpus>/gold/mentions." };
        var command = new Command("train", "Train the entity tagger, boilerplate classifier and topic classifier from the gold corpus.") { corpus, models, mentions };
        command.SetAction(parse =>
        {
            if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            {
                return NeedsJit.Refuse("train");
            }

            try
            {
                var corpusDir = parse.GetValue(corpus)!;
                var written = ModelTraining.Run(corpusDir, parse.GetValue(models)!, parse.GetValue(mentions) ?? Path.Combine(corpusDir, "gold", "mentions"));
                foreach (var file in written)
                {
                    Console.WriteLine($"{file} ({new FileInfo(file).Length:N0} bytes)");
                }

                return 0;
            }
            catch (Exception ex) when (CliErrors.IsInputProblem(ex))
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 2;
            }
        });
        return command;
    }
}
