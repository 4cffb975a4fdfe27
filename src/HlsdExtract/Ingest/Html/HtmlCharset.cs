using System.Text;
using System.Text.RegularExpressions;

namespace HlsdExtract.Ingest.Html;

/// <summary>The charset a page declares in its first 1,024 bytes (&lt;meta charset&gt; or http-equiv Content-Type), as browsers prescan.</summary>
internal static partial class HtmlCharset
{
    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var m = Meta().Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<cs>[A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Meta();
}
