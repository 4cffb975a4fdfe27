using System.CommandLine;
using HlsdExtract.Evaluation;

namespace HlsdExtract.Cli;

/// <summary><c>hlsd evaluate [--gold DIR] [--generalization]</c>: P/R/F1 per entity type for rules, tagger and merge, and the other measures.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Folder of texts with gold/*.gold.json annotations.", DefaultValueFactory = _ => "corpus" };
        var generalization = new Option<bool>("--generalization") { Description = "Also run the unknown-agency experiment (25% of agencies removed, tagger retrained)." };
        var threshold = new Option<double>("--threshold") { Description = "The merge's confidence threshold for a tagger span the rules missed.", DefaultValueFactory = _ => HlsdExtract.Extract.Learned.EntityTagger.DefaultThreshold };
        var command = new Command("evaluate", "Score the extractors against gold annotations (learned parts leave-one-document-out; normal and unseen-names regimes).") { gold, generalization, threshold };
        command.SetAction(parse =>
        {
            if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            {
                return NeedsJit.Refuse("evaluate");
            }

            try
            {
                Console.Write(EvaluationRun.Report(parse.GetValue(gold)!, parse.GetValue(generalization), parse.GetValue(threshold)));
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
