using System.CommandLine;
using HlsdExtract.Diff;
using HlsdExtract.Diff.Output;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Cli;

/// <summary><c>hlsd trend &lt;readouts or folders&gt;... [-o DIR] [--xlsx]</c>: each fact followed across N years' readouts.</summary>
internal static class TrendCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Readouts, extraction JSONs, or folders (of extraction JSON, else of readouts), in any order: they are put in meeting order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "Folder for trend.csv and trend.html.", DefaultValueFactory = _ => "output" };
        var xlsx = new Option<bool>("--xlsx") { Description = "Also write trend.xlsx (sheets Trend, a column per year, and Documents)." };
        var log = LogOptionSet.Create();
        var command = new Command("trend", "Follow each fact across several years' readouts: a row per fact, a column per year, a chart per fact.") { inputs, output, xlsx };
        log.AddTo(command);
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(output)!;
            var logOptions = log.Read(parse);
            using var logger = CliLogging.Create(outDir, logOptions);
            var pipeline = PipelineBuilder.CreateDefault().WithLogger(logger).Build();
            List<DiffDocument> docs;
            try
            {
                docs = parse.GetValue(inputs)!.SelectMany(p => DiffInputs.Load(p, pipeline, readoutsInFolders: true)).DistinctBy(d => d.DocId).ToList();
            }
            catch (Exception ex) when (CliErrors.IsInputProblem(ex))
            {
                logger.Error("Cannot read an input of the trend: {Message}", ex.Message);
                return 2;
            }

            if (docs.Count < 2)
            {
                logger.Error("A trend needs two readouts or more; got {Count}", docs.Count);
                return 2;
            }

            var report = TrendBuilder.Build(docs);
            Batch.OutputFolder.Mark(outDir);
            var written = TrendOutput.Write(outDir, report).ToList();
            if (parse.GetValue(xlsx))
            {
                written.Add(TrendWorkbook.Write(outDir, report));
            }

            logger.Information("{Documents} readouts ({Columns}): {Rows} facts found in two or more", docs.Count, string.Join(", ", report.Columns), report.Rows.Count);
            if (!logOptions.Quiet)
            {
                Console.WriteLine($"{report.Rows.Count} fact(s) across {string.Join(", ", report.Columns)} -> {string.Join(", ", written)}");
            }

            return 0;
        });
        return command;
    }
}
