using Serilog;
using Serilog.Events;

namespace HlsdExtract.Cli;

/// <summary>The only place sinks are configured: warnings to the console, everything to a file.</summary>
internal static class CliLogging
{
    public static Serilog.Core.Logger Create(string outputDirectory, bool verbose, bool quiet)
    {
        var logDir = Path.Combine(outputDirectory, "logs");
        Directory.CreateDirectory(logDir);
        var consoleLevel = quiet ? LogEventLevel.Error : verbose ? LogEventLevel.Information : LogEventLevel.Warning;
        return new LoggerConfiguration()
            .MinimumLevel.Debug()
            .Enrich.FromLogContext()
            .WriteTo.Console(restrictedToMinimumLevel: consoleLevel, standardErrorFromLevel: LogEventLevel.Verbose,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(Path.Combine(logDir, "hlsd.log"),
                outputTemplate: "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffZ} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
    }
}
