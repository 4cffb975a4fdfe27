using System.Diagnostics;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>
/// A full disk or a read-only output folder (a small tmpfs mounted for the test; skipped where
/// mounting is not allowed): one line on stderr, exit code 2, the previous files intact and no
/// temporary file left.
/// </summary>
[Collection("cli")]
public sealed class FullDiskTests
{
    [SkippableFact]
    public void AFullDiskLeavesThePreviousFilesAndNoTemporaryFile()
    {
        using var disk = SmallDisk.TryMount(megabytes: 4);
        Skip.If(disk is null, "cannot mount a tmpfs here (needs root)");
        var output = Path.Combine(disk.Root, "out");
        var seed = TestData.PathOf(TestData.Seed);
        Assert.Equal(0, HlsdProcess.Run(null, "extract", seed, "-o", output, "--quiet").Exit);
        var before = Outputs(output);
        disk.FillLeaving(bytes: 24 * 1024);

        var (exit, stdout, stderr) = HlsdProcess.Run(null, "extract", seed, "-o", output, "--quiet", "--force");

        Assert.Equal(2, exit);
        AssertOneLine(stdout + stderr);
        Assert.Equal(before.Keys, Outputs(output).Keys);

        // The error table and the manifest may take the news (a few bytes fit); every earlier result stays as it was.
        Assert.All(before.Where(f => f.Key is not "errors.csv" and not ".hlsd/manifest.json"), f => Assert.True(f.Value.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, f.Key))), $"{f.Key} changed"));
        Assert.Empty(Directory.GetFiles(output, "*.tmp-hlsd", SearchOption.AllDirectories));
    }

    [SkippableFact]
    public void AReadOnlyOutputFolderIsOneLineAndExitTwo()
    {
        using var disk = SmallDisk.TryMount(megabytes: 8);
        Skip.If(disk is null, "cannot mount a tmpfs here (needs root)");
        var output = Path.Combine(disk.Root, "out");
        var seed = TestData.PathOf(TestData.Seed);
        Assert.Equal(0, HlsdProcess.Run(null, "extract", seed, "-o", output, "--quiet").Exit);
        var before = Outputs(output);
        disk.MakeReadOnly();

        var (exit, stdout, stderr) = HlsdProcess.Run(null, "extract", seed, "-o", output, "--quiet", "--force");

        Assert.Equal(2, exit);
        AssertOneLine(stdout + stderr);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, f.Key))), $"{f.Key} changed"));
    }

    private static void AssertOneLine(string console)
    {
        var lines = console.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length <= 2, console);
        Assert.DoesNotContain("   at ", console, StringComparison.Ordinal);
    }

    /// <summary>Every output but the logs and the lock, by path relative to the folder.</summary>
    private static Dictionary<string, byte[]> Outputs(string output) =>
        Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f))
            .Where(f => !f.StartsWith("logs", StringComparison.Ordinal) && f != ".hlsd/lock")
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(output, f)));

    /// <summary>A tmpfs of a few megabytes, unmounted on dispose.</summary>
    private sealed class SmallDisk : IDisposable
    {
        private SmallDisk(string root) => Root = root;

        public string Root { get; }

        public static SmallDisk? TryMount(int megabytes)
        {
            if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
            {
                return null;
            }

            var root = Directory.CreateTempSubdirectory("hlsd-disk").FullName;
            if (Sh($"mount -t tmpfs -o size={megabytes}m hlsdtest '{root}'") != 0)
            {
                Directory.Delete(root);
                return null;
            }

            return new SmallDisk(root);
        }

        /// <summary>A filler file that leaves about <paramref name="bytes"/> free.</summary>
        public void FillLeaving(long bytes)
        {
            var free = new DriveInfo(Root).AvailableFreeSpace;
            using var filler = File.Create(Path.Combine(Root, "filler"));
            var block = new byte[4096];
            for (long written = 0; written < free - bytes; written += block.Length)
            {
                filler.Write(block);
            }
        }

        public void MakeReadOnly() => Assert.Equal(0, Sh($"mount -o remount,ro '{Root}'"));

        public void Dispose()
        {
            Sh($"umount '{Root}'");
            Directory.Delete(Root, recursive: true);
        }

        private static int Sh(string command)
        {
            var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(command);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
    }
}
