using System.CommandLine;
using System.Diagnostics;
using HlsdExtract.Batch;
using HlsdExtract.Batch.Isolation;
using HlsdExtract.Cli.Hosting;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Cli;

/// <summary><c>hlsd extract &lt;paths...&gt; [-o DIR] [--format json,csv] [--jobs N] [--force] [--max-size MB] [--xlsx]</c></summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched recursively) or globs to extract (.txt, .html, .htm, .pdf).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the JSON and CSV outputs.", DefaultValueFactory = _ => "output" };
        var format = new Option<string>("--format") { Description = "Comma-separated output formats: " + string.Join(", ", OutputFormatList.All.Select(f => f.Name)) + ".", DefaultValueFactory = _ => "json,csv" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents processed in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var force = new Option<bool>("--force") { Description = "Redo every input, even those unchanged since the last run." };
        var maxSize = new Option<double>("--max-size") { Description = "Largest input accepted, in MB.", DefaultValueFactory = _ => BatchOptions.DefaultMaxInputBytes / 1048576.0 };
        var xlsx = new Option<bool>("--xlsx") { Description = "Also write hlsd.xlsx (sheets Documents, Facts, Entities, Dates); the same as adding xlsx to --format." };
        var maxOutput = new Option<double>("--max-output") { Description = "Largest JSON one document may write, in MB; past it the document is an error row.", DefaultValueFactory = _ => BatchOptions.DefaultMaxOutputBytes / 1048576.0 };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one document may take before it is abandoned as an error row.", DefaultValueFactory = _ => 120 };
        var workerMemory = new Option<double>("--worker-memory") { Description = "Memory, in MB, a PDF (or large HTML) parser worker may use before it is stopped.", DefaultValueFactory = _ => WorkerLimits.DefaultMemoryBytes / 1048576.0 };
        paths.Validators.Add(UnknownOptions.Reject);
        var log = LogOptionSet.Create();
        var command = new Command("extract", "Extract entities, dates and quantities from readouts.") { paths, output, format, jobs, force, maxSize, xlsx, maxOutput, timeout, workerMemory };
        log.AddTo(command);
        command.SetAction(parse =>
        {
            var names = parse.GetValue(format)!.Split(',').Concat(parse.GetValue(xlsx) ? ["xlsx"] : []);
            if (OutputFormatList.TryNamed(names) is not { } formats)
            {
                Console.Error.WriteLine("error: --format takes a comma-separated list of " + string.Join(", ", OutputFormatList.All.Select(f => f.Name)));
                return 1;
            }

            var outDir = parse.GetValue(output)!;
            var options = new BatchOptions
            {
                OutputDirectory = outDir,
                Formats = formats,
                Jobs = parse.GetValue(jobs),
                Force = parse.GetValue(force),
                MaxInputBytes = (long)(parse.GetValue(maxSize) * 1048576),
                MaxOutputBytes = (long)(parse.GetValue(maxOutput) * 1048576),
                DocumentTimeout = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(timeout))),
            };
            var memory = (long)(parse.GetValue(workerMemory) * 1048576);
            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 1;
            }

            if (memory < 64L * 1048576)
            {
                Console.Error.WriteLine("error: --worker-memory must be at least 64 MB");
                return 1;
            }

            if (File.Exists(outDir))
            {
                Console.Error.WriteLine($"error: --output {outDir} is a file; name a folder");
                return 2;
            }

            var logOptions = log.Read(parse);
            using var logger = CliLogging.Create(outDir, logOptions);
            using var workers = new WorkerPool(SelfCommand.Worker(), new WorkerLimits(options.DocumentTimeout, memory));
            var pipeline = PipelineBuilder.CreateDefault().WithLogger(logger).MapReaders(r => IsolatedReader.Isolate(r, workers)).Build();
            var clock = Stopwatch.StartNew();
            var runner = new BatchRunner(pipeline, logger);
            var result = ProgressDisplay.Run(logOptions.Quiet, progress => runner.Run(parse.GetValue(paths)!, options with { Progress = progress }));
            var summary = BatchSummary.Line(result, outDir, clock.Elapsed);
            if (!logOptions.Quiet)
            {
                Console.WriteLine(summary);
            }
            else if (result.Errors.Count > 0)
            {
                Console.Error.WriteLine(BatchSummary.Failures(result, outDir));
            }

            logger.Information("{Summary}", summary);
            return result.ExitCode;
        });
        return command;
    }
}
