using System.Security.Cryptography;
using System.Text;

namespace HlsdExtract.Ingest;

/// <summary>
/// Document ids safe as file names: the file stem (ASCII letters, digits, '-' and '_', at most 80
/// characters) plus 16 hex digits of a hash of the whole input path. One id per input path, so two
/// inputs never share one (`a b.txt` and `a_b.txt`, one file copied into two folders, two long names
/// cut to the same 80 characters), and an input keeps its id when its content is edited (the
/// content hash is in the manifest and in <c>source.sha256</c>, not in the id).
/// </summary>
public static class DocIds
{
    public const int MaxStemLength = 80;

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Make(string path)
    {
        var normalized = path.Replace('\\', '/');
        var stem = Path.GetFileNameWithoutExtension(normalized.Split('/')[^1]);
        var sb = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        var safe = sb.ToString().Trim('_', '-');
        if (safe.Length > MaxStemLength)
        {
            safe = safe[..MaxStemLength].TrimEnd('_', '-');
        }

        return (safe.Length == 0 ? "doc" : safe) + "-" + Sha256Hex(Encoding.UTF8.GetBytes(normalized))[..16];
    }
}
