namespace HlsdExtract.Batch;

/// <summary>
/// The marker file <c>hlsd</c> leaves in every folder it writes outputs into, so that folder (an
/// extraction's JSON, a diff's reports) is never read back as input.
/// </summary>
public static class OutputFolder
{
    public const string MarkerName = ".hlsd-output";

    private const string MarkerText = "This folder holds outputs of hlsd; hlsd never reads it as input.\n";

    public static bool IsMarked(string dir) => File.Exists(Path.Combine(dir, MarkerName));

    /// <summary>Creates <paramref name="dir"/> if needed and writes the marker unless it is there.</summary>
    public static void Mark(string dir)
    {
        Directory.CreateDirectory(dir);
        if (!IsMarked(dir))
        {
            Export.AtomicFile.WriteIfChanged(Path.Combine(dir, MarkerName), System.Text.Encoding.UTF8.GetBytes(MarkerText));
        }
    }
}
