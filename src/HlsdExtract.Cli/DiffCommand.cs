using System.CommandLine;
using HlsdExtract.Diff;
using HlsdExtract.Diff.Output;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Cli;

/// <summary><c>hlsd diff &lt;older&gt; &lt;newer&gt; [-o DIR] [--xlsx]</c>: what changed between two years' readouts.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var older = new Argument<string>("older") { Description = "Last year's readout, its extraction JSON, or an output folder of `hlsd extract`." };
        var newer = new Argument<string>("newer") { Description = "This year's readout, its extraction JSON, or an output folder." };
        var output = new Option<string>("--output", "-o") { Description = "Folder for diff.csv, diff.md, diff.html and diff.json.", DefaultValueFactory = _ => "output" };
        var xlsx = new Option<bool>("--xlsx") { Description = "Also write diff.xlsx (sheets Documents, Facts, Entities, Dates, Diff)." };
        var log = LogOptionSet.Create();
        var command = new Command("diff", "Compare two readouts (or two output folders, paired by meeting date) year over year.") { older, newer, output, xlsx };
        log.AddTo(command);
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(output)!;
            var logOptions = log.Read(parse);
            using var logger = CliLogging.Create(outDir, logOptions);
            var pipeline = PipelineBuilder.CreateDefault().WithLogger(logger).Build();
            List<DiffDocument> left, right;
            try
            {
                left = DiffInputs.Load(parse.GetValue(older)!, pipeline);
                right = DiffInputs.Load(parse.GetValue(newer)!, pipeline);
            }
            catch (Exception ex) when (CliErrors.IsInputProblem(ex))
            {
                logger.Error("Cannot read a side of the diff: {Message}", ex.Message);
                return 2;
            }

            var pairs = DiffPairing.Pair(left, right);
            var reports = pairs.Select(p => DocumentDiffer.Diff(p.Older, p.Newer)).ToList();
            Batch.OutputFolder.Mark(outDir);
            var written = DiffOutput.Write(outDir, reports).ToList();
            if (parse.GetValue(xlsx))
            {
                written.Add(DiffWorkbook.Write(outDir, reports));
            }

            foreach (var r in reports)
            {
                logger.Information("{Older} -> {Newer}: {Changed} changed, {Added} added, {Dropped} dropped, {Unchanged} unchanged",
                    r.Older.Name, r.Newer.Name, r.With(FactStatus.Changed).Count(), r.With(FactStatus.Added).Count(), r.With(FactStatus.Dropped).Count(), r.With(FactStatus.Unchanged).Count());
            }

            if (!logOptions.Quiet)
            {
                Console.WriteLine($"{reports.Count} pair(s) compared -> {string.Join(", ", written)}");
            }

            if (reports.Count == 0)
            {
                logger.Error("No pair to compare: documents pair by meeting date, and none of the newer side follows one of the older side");
                return 2;
            }

            return 0;
        });
        return command;
    }
}
