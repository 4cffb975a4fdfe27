using System.Diagnostics;

namespace HlsdExtract.Tests.Support;

/// <summary>Screenshots of a local page in headless Chromium (the Debian package; tests skip without it).</summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool Installed => File.Exists(Path);

    public static string SkipReason => $"SKIPPED: {Path} is not installed (Debian package chromium; .ci/run installs it).";

    /// <summary>Renders <paramref name="html"/> in a window of the given size and returns the decoded PNG.</summary>
    public static PngImage Screenshot(string html, int width, int height)
    {
        var shot = System.IO.Path.ChangeExtension(html, ".png");
        var profile = Directory.CreateTempSubdirectory("hlsd-chromium").FullName;
        var start = new ProcessStartInfo(Path) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
            $"--window-size={width},{height}", "--screenshot=" + shot, new Uri(html).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using (var chromium = Process.Start(start)!)
        {
            chromium.StandardOutput.ReadToEndAsync();
            chromium.StandardError.ReadToEndAsync();
            Assert.True(chromium.WaitForExit(60_000), "chromium did not finish in 60 s");
        }

        return PngImage.Read(File.ReadAllBytes(shot));
    }
}
