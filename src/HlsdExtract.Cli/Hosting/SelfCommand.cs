using HlsdExtract.Batch.Isolation;

namespace HlsdExtract.Cli.Hosting;

/// <summary>
/// How to start this same program again: <c>dotnet hlsd.dll</c> when it runs on the dotnet host,
/// else the executable itself (the apphost, or a Native AOT binary, which has no hlsd.dll).
/// </summary>
internal static class SelfCommand
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "hlsd.dll");

    /// <summary>The program and the arguments that come before this program's own.</summary>
    public static (string Program, IReadOnlyList<string> Prefix) Host()
    {
        var self = Environment.ProcessPath!;
        return Path.GetFileNameWithoutExtension(self) == "dotnet" ? (self, [Dll]) : (self, []);
    }

    /// <summary>The parser worker: <c>hlsd.dll worker</c> on the dotnet host, else this executable's <c>worker</c> verb.</summary>
    public static WorkerCommand Worker() =>
        File.Exists(Dll) ? WorkerCommand.ForAssembly(Dll) : new WorkerCommand(Environment.ProcessPath!, [WorkerCommand.Verb]);
}
