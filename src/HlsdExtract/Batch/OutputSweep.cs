using System.Text;

namespace HlsdExtract.Batch;

/// <summary>
/// Removes the outputs of killed runs that no manifest lists: extraction JSONs at the folder's top
/// (recognized by their opening, so another tool's JSON stays) and cached rows. Called with the lock held.
/// </summary>
internal static class OutputSweep
{
    private static readonly byte[] Signature = Encoding.UTF8.GetBytes("\"schemaVersion\"");

    public static int RemoveOrphans(string output, IReadOnlyList<ManifestEntry> entries)
    {
        var docs = entries.Select(e => e.DocId + ".json").ToHashSet(StringComparer.Ordinal);
        var rows = entries.Select(e => e.RowsFile).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(output, "*.json"))
        {
            if (!docs.Contains(Path.GetFileName(file)) && IsExtraction(file))
            {
                File.Delete(file);
                removed++;
            }
        }

        var cache = RowCache.Folder(output);
        if (Directory.Exists(cache))
        {
            foreach (var file in Directory.EnumerateFiles(cache, "*.json").Where(f => !rows.Contains(Path.GetFileName(f))))
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>An extraction JSON opens with <c>{</c> and its schemaVersion within the first bytes.</summary>
    private static bool IsExtraction(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var head = new byte[256];
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return head.AsSpan(0, n).IndexOf(Signature) >= 0 && head.AsSpan(0, n).TrimStart(" \r\n\t"u8).StartsWith("{"u8);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
