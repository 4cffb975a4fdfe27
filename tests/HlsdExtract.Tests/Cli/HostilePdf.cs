using System.Globalization;
using System.Text;

namespace HlsdExtract.Tests.Cli;

/// <summary>Small hand-built PDFs (objects, xref table, trailer) that break a parser.</summary>
internal static class HostilePdf
{
    /// <summary>
    /// A one-page PDF (under 700 bytes) whose page's /Resources is object 4, and object 4 is a reference
    /// to itself: resolving it recurses without end inside PdfPig and overflows the stack.
    /// </summary>
    public static byte[] SelfReferencingResources() => Build(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 4 0 R /Contents 5 0 R >>",
        "4 0 R",
        Stream("BT /F1 12 Tf 72 720 Td (CBP seized 1,200 kilograms of cocaine.) Tj ET"));

    /// <summary>Objects 1..n in order, an xref table with their offsets and a trailer rooted at object 1.</summary>
    public static byte[] Build(params string[] objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private static string Stream(string content) =>
        string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
}
