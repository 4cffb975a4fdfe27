using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using HlsdExtract.Batch;
using HlsdExtract.Export;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Cli;

/// <summary><c>hlsd extract &lt;paths...&gt; [-o DIR] [--format json,csv] [--jobs N]</c></summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched recursively) or globs to extract.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder for the JSON and CSV outputs.",
            DefaultValueFactory = _ => "output",
        };
        var format = new Option<string>("--format")
        {
            Description = "Comma-separated output formats: json, csv.",
            DefaultValueFactory = _ => "json,csv",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents processed in parallel.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Only errors on the console." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Progress details on the console." };

        var command = new Command("extract", "Extract entities, dates and quantities from readouts.")
        {
            paths, output, format, jobs, quiet, verbose,
        };
        command.SetAction(parse =>
        {
            if (!TryParseFormats(parse.GetValue(format)!, out var formats))
            {
                Console.Error.WriteLine("error: --format takes json, csv or json,csv");
                return 1;
            }

            var outDir = parse.GetValue(output)!;
            using var logger = CliLogging.Create(outDir, parse.GetValue(verbose), parse.GetValue(quiet));
            var pipeline = PipelineBuilder.CreateDefault().WithLogger(logger).Build();
            var options = new BatchOptions { OutputDirectory = outDir, Formats = formats, Jobs = parse.GetValue(jobs) };
            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 1;
            }

            var clock = Stopwatch.StartNew();
            var result = new BatchRunner(pipeline, logger).Run(parse.GetValue(paths)!, options);
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"{result.Documents.Count} documents extracted, {result.Errors.Count} failed, {result.Skipped} skipped in {clock.Elapsed.TotalSeconds:0.00} s -> {outDir}");
            if (!parse.GetValue(quiet))
            {
                Console.WriteLine(summary);
            }

            logger.Information("{Summary}", summary);
            return result.ExitCode;
        });
        return command;
    }

    private static bool TryParseFormats(string text, out OutputFormats formats)
    {
        formats = OutputFormats.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "json":
                    formats |= OutputFormats.Json;
                    break;
                case "csv":
                    formats |= OutputFormats.Csv;
                    break;
                default:
                    return false;
            }
        }

        return formats != OutputFormats.None;
    }
}
