using System.Security.Cryptography;
using System.Text;

namespace HlsdExtract.Ingest;

/// <summary>Stable, file-system-safe document ids: file stem plus a short content hash.</summary>
public static class DocIds
{
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Make(string path, string sha256)
    {
        var stem = Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);
        var sb = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        var safe = sb.ToString().Trim('_', '-');
        if (safe.Length > 80)
        {
            safe = safe[..80];
        }

        return (safe.Length == 0 ? "doc" : safe) + "-" + sha256[..8];
    }
}
