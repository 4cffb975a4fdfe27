using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace HlsdExtract.Cli;

/// <summary>The only place sinks are configured: warnings to the console, everything to <c>&lt;output&gt;/logs/hlsd.log</c>.</summary>
internal static class CliLogging
{
    public static Serilog.Core.Logger Create(string outputDirectory, LogOptions options)
    {
        var logDir = Path.Combine(outputDirectory, "logs");
        Directory.CreateDirectory(logDir);
        var consoleLevel = options.Quiet ? LogEventLevel.Error : options.Verbose ? LogEventLevel.Information : LogEventLevel.Warning;
        var file = Path.Combine(logDir, "hlsd.log");
        var config = new LoggerConfiguration().MinimumLevel.Is(options.Verbose ? LogEventLevel.Verbose : LogEventLevel.Debug).Enrich.FromLogContext();
        if (options.Json)
        {
            config = config
                .WriteTo.Console(new JsonFormatter(renderMessage: true, formatProvider: CultureInfo.InvariantCulture), consoleLevel, standardErrorFromLevel: LogEventLevel.Verbose)
                .WriteTo.File(new JsonFormatter(renderMessage: true, formatProvider: CultureInfo.InvariantCulture), file);
        }
        else
        {
            config = config
                .WriteTo.Console(restrictedToMinimumLevel: consoleLevel, standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: CultureInfo.InvariantCulture)
                .WriteTo.File(file,
                    outputTemplate: "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffZ} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                    formatProvider: CultureInfo.InvariantCulture);
        }

        return config.CreateLogger();
    }
}
