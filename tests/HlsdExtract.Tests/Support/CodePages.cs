using System.Text;

namespace HlsdExtract.Tests.Support;

/// <summary>Bytes of a text in a legacy code page (Windows-1252, ISO-8859-15), as old tools write them.</summary>
internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] GetBytes(int codePage, string text) => Encoding.GetEncoding(codePage).GetBytes(text);
}
