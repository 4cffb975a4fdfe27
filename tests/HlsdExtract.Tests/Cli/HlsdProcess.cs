using System.Diagnostics;
using System.Text;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>The real <c>hlsd</c> program (dotnet hlsd.dll) started as a child process, its stdout and stderr collected.</summary>
internal sealed class HlsdProcess : IDisposable
{
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private HlsdProcess(Process process) => Process = process;

    public Process Process { get; }

    public string Stdout
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static HlsdProcess Start(string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.ArgumentList.Add(TestData.PathOf("hlsd.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var hlsd = new HlsdProcess(Process.Start(start)!);
        hlsd.Process.OutputDataReceived += (_, e) => Append(hlsd._stdout, e.Data);
        hlsd.Process.ErrorDataReceived += (_, e) => Append(hlsd._stderr, e.Data);
        hlsd.Process.BeginOutputReadLine();
        hlsd.Process.BeginErrorReadLine();
        return hlsd;
    }

    /// <summary>Runs to the end and returns the exit code.</summary>
    public static (int Exit, string Stdout, string Stderr) Run(string? workingDirectory, params string[] args)
    {
        using var hlsd = Start(workingDirectory, args);
        var exit = hlsd.WaitForExit();
        return (exit, hlsd.Stdout, hlsd.Stderr);
    }

    public int WaitForExit()
    {
        if (!Process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            Process.Kill(entireProcessTree: true);
            throw new TimeoutException("hlsd did not finish in 5 minutes");
        }

        Process.WaitForExit();
        return Process.ExitCode;
    }

    private static void Append(StringBuilder sink, string? line)
    {
        if (line is not null)
        {
            lock (sink)
            {
                sink.AppendLine(line);
            }
        }
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        Process.Dispose();
    }
}
