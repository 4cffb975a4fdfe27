using System.Net;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using HlsdExtract.Model;

namespace HlsdExtract.Tests.Support;

/// <summary>
/// HTML and PDF renderings of an extracted document, made the way real sites and word
/// processors make them: chrome around the content, wrapped and hyphenated lines in the PDF.
/// </summary>
internal static class Renderings
{
    public static string Html(Document doc, string canonicalUrl, string published)
    {
        var html = new StringBuilder();
        var title = doc.Metadata.Title ?? "Untitled";
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(Enc(title)).Append(" | United States Department of State</title>")
            .Append("<link rel=\"canonical\" href=\"").Append(canonicalUrl).Append("\">")
            .Append("<meta property=\"article:published_time\" content=\"").Append(published).Append("T10:00:00-04:00\">")
            .Append("<script src=\"https://cdn.example.com/analytics.js\"></script><style>.x{color:red}</style></head><body>")
            .Append("<a class=\"usa-sr-only\" href=\"#main\">Skip to main content</a>")
            .Append("<header><img src=\"https://www.state.gov/logo.png\"><nav><ul><li><a href=\"/\">Home</a></li><li>Countries &amp; Areas</li><li>Bureaus &amp; Offices</li></ul></nav></header>")
            .Append("<main id=\"main\"><article><h1>").Append(Enc(title)).Append("</h1>\n");
        foreach (var section in doc.Sections)
        {
            if (section.HeadingSpan is { } h && !section.HeadingInferred)
            {
                html.Append("<h2>").Append(Enc(doc.Slice(h))).Append("</h2>\n");
            }

            var inList = false;
            foreach (var block in section.Blocks)
            {
                var bullet = block.Kind == BlockKind.Bullet;
                if (bullet != inList)
                {
                    html.Append(bullet ? "<ul>\n" : "</ul>\n");
                    inList = bullet;
                }

                html.Append(bullet ? "  <li>" : "<p>").Append(Enc(doc.Slice(block.Span))).Append(bullet ? "</li>\n" : "</p>\n");
            }

            html.Append(inList ? "</ul>\n" : string.Empty);
        }

        html.Append("<div style=\"display: none\">Hidden promo: 5,000 free tickets</div>")
            .Append("<img src=\"https://tracker.example.com/pixel.gif?id=1\" width=\"1\" height=\"1\"></article></main>")
            .Append("<aside><h2>Related Articles</h2><ul><li>Secretary travels to 3 countries</li></ul></aside>")
            .Append("<footer><p>Share this page</p><ul><li>Privacy Policy</li><li>FOIA</li></ul></footer>")
            .Append("<script>document.write('<p>12 injected pills</p>');</script></body></html>");
        return html.ToString();
    }

    /// <summary>Letter pages, 10 pt Helvetica, lines wrapped at 90 characters with a hyphen where a long word breaks.</summary>
    public static byte[] Pdf(Document doc)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.Letter);
        var pageNumber = 1;
        double y = 740;
        void Line(string text, bool isBold, double indent)
        {
            if (y < 60)
            {
                page.AddText(pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), 9, new PdfPoint(300, 30), font);
                page = builder.AddPage(PageSize.Letter);
                pageNumber++;
                y = 740;
            }

            page.AddText(text, 10, new PdfPoint(60 + indent, y), isBold ? bold : font);
            y -= 12;
        }

        void Block(string text, bool isBold, bool bullet, bool newSection = false)
        {
            y -= newSection ? 14 : 0;
            var lines = Wrap(Fold(text), bullet ? 86 : 90);
            for (var i = 0; i < lines.Count; i++)
            {
                Line(bullet && i == 0 ? "• " + lines[i] : lines[i], isBold, bullet && i > 0 ? 8 : 0);
            }

            y -= 10;
        }

        Block(doc.Metadata.Title ?? "Untitled", true, false, newSection: true);
        foreach (var section in doc.Sections)
        {
            var first = true;
            if (section.HeadingSpan is { } h && !section.HeadingInferred)
            {
                Block(doc.Slice(h), true, false, newSection: true);
                first = false;
            }

            foreach (var block in section.Blocks)
            {
                Block(doc.Slice(block.Span), false, block.Kind == BlockKind.Bullet, newSection: first && section.Heading is not null);
                first = false;
            }
        }

        builder.DocumentInformation.Title = doc.Metadata.Title;
        return builder.Build();
    }

    /// <summary>Greedy wrap; a word that would cross the margin is split with a hyphen when it is long and alphabetic.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                var room = width - line.Length - 2;
                if (word.Length >= 10 && room >= 4 && word.All(char.IsLower))
                {
                    line.Append(' ').Append(word[..room]).Append('-');
                    lines.Add(line.ToString());
                    line.Clear().Append(word[room..]);
                    continue;
                }

                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>What the standard Helvetica encoding can show: Spanish letters without their accents.</summary>
    public static string Fold(string text)
    {
        const string from = "áéíóúñüÁÉÍÓÚÑÜ", to = "aeiounuAEIOUNU";
        return string.Concat(text.Select(c => from.IndexOf(c) is var i and >= 0 ? to[i] : c));
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text);
}
