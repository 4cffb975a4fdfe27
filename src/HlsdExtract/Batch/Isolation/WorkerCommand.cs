using System.Runtime.InteropServices;

namespace HlsdExtract.Batch.Isolation;

/// <summary>How to start a parser worker: a program and its arguments (for <c>hlsd</c>: the dotnet host, hlsd.dll, <c>worker</c>).</summary>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments)
{
    public const string Verb = "worker";

    /// <summary>The <c>worker</c> verb of the given assembly (hlsd.dll) run by the dotnet host this process runs on.</summary>
    public static WorkerCommand ForAssembly(string assemblyPath) => new(DotnetHost(), [assemblyPath, Verb]);

    private static string DotnetHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self) == name)
        {
            return self;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/ holds the runtime; the host is <root>/dotnet.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var besideRuntime = Path.Combine(root, name);
        return File.Exists(besideRuntime) ? besideRuntime : name;
    }
}
