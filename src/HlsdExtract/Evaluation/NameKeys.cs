using System.Text;
using HlsdExtract.Ingest;

namespace HlsdExtract.Evaluation;

/// <summary>The scoring convention for names: case-insensitive, ignoring "the", "U.S." and punctuation.</summary>
public static class NameKeys
{
    public static string Key(string name)
    {
        var s = TextNormalizer.Normalize(name).ToLowerInvariant().Replace("u.s.", " ", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "the"));
    }
}
