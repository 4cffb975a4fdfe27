using System.Text;
using System.Xml;

namespace HlsdExtract.Export.Workbook;

/// <summary>Drops the characters XML 1.0 cannot hold (control characters, lone surrogates).</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var b = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                b.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                b.Append(text[i]).Append(text[++i]);
            }
        }

        return b.ToString();
    }
}
