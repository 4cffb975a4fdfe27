using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace HlsdExtract.Tests.Support;

/// <summary>
/// A temporary folder of about 200 inputs: the bundled readouts, varied copies of them under
/// awkward names, HTML and PDF renderings of the seed, and files built to break a reader.
/// <see cref="Failing"/> lists the inputs that must come out as error rows.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class HostileCorpus : IDisposable
{
    public const int VariedCopies = 160;

    private readonly int goodCount;

    public HostileCorpus()
    {
        Root = Directory.CreateTempSubdirectory("hlsd-hostile").FullName;
        var good = Directory.CreateDirectory(Path.Combine(Root, "good")).FullName;
        var sources = new[] { TestData.Seed, TestData.Fixture }.Concat(TestData.Excerpts()).ToList();
        foreach (var source in sources)
        {
            File.Copy(TestData.PathOf(source), Path.Combine(good, Path.GetFileName(source)));
        }

        goodCount = sources.Count;

        var odd = Directory.CreateDirectory(Path.Combine(Root, "odd names ..", "año 2024")).FullName;
        string[] names = ["copy {0} of readout.txt", "informe-{0}-seguridad-ñ.txt", "v{0}..final.txt", "報告 {0}.txt"];
        for (var i = 0; i < VariedCopies; i++)
        {
            var text = CorpusFolder.Vary(TestData.ReadText(sources[i % sources.Count]), i);
            File.WriteAllText(Path.Combine(odd, string.Format(CultureInfo.InvariantCulture, names[i % names.Length], i)), text);
        }

        var seed = TestData.Run(TestData.Seed);
        var seedText = TestData.ReadText(TestData.Seed);
        var hostile = Directory.CreateDirectory(Path.Combine(Root, "hostile")).FullName;
        Write(hostile, "seed.html", Encoding.UTF8.GetBytes(Renderings.Html(seed, "https://www.state.gov/third-hlsd", "2023-10-06")));
        Write(hostile, "seed.pdf", Renderings.Pdf(seed));
        Write(hostile, "utf16-le.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(seedText)).ToArray());
        Write(hostile, "utf16-be.txt", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(seedText)).ToArray());
        Write(hostile, "cr-only.txt", Encoding.UTF8.GetBytes(seedText.Replace("\r\n", "\n").Replace('\n', '\r')));
        Write(hostile, "invalid-utf8.txt", Encoding.UTF8.GetBytes(seedText[..2000]).Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xA0 }).Concat(Encoding.UTF8.GetBytes(seedText[2000..])).ToArray());
        Write(hostile, "one-line-5mb.txt", OneLine(seedText, 5_000_000));
        Write(hostile, "deep-10000.html", Encoding.UTF8.GetBytes(Deep(10_000)));
        Failing["empty.txt"] = "ingest";
        Write(hostile, "empty.txt", []);
        Failing["picture.txt"] = "ingest";
        Write(hostile, "picture.txt", Png());
        Failing["archive.txt"] = "ingest";
        Write(hostile, "archive.txt", Zip(seedText));
        Failing["huge-60mb.txt"] = "input";
        using (var huge = File.Create(Path.Combine(hostile, "huge-60mb.txt")))
        {
            huge.SetLength(60L * 1024 * 1024);
        }

        var pdf = Renderings.Pdf(seed);
        Failing["corrupt.pdf"] = "ingest";
        Write(hostile, "corrupt.pdf", pdf[..(pdf.Length / 3)].Concat(new byte[4096]).ToArray());
        Failing["encrypted.pdf"] = "ingest";
        Write(hostile, "encrypted.pdf", Encrypted(pdf));
        Write(hostile, "unreadable.txt", Encoding.UTF8.GetBytes(seedText));
        File.SetUnixFileMode(Path.Combine(hostile, "unreadable.txt"), UnixFileMode.None);
        Write(hostile, "notes.docx", [1, 2, 3]);
        Directory.CreateSymbolicLink(Path.Combine(hostile, "loop"), hostile);
        Failing["dangling.txt"] = "input";
        File.CreateSymbolicLink(Path.Combine(hostile, "dangling.txt"), Path.Combine(Root, "nowhere.txt"));
    }

    public string Root { get; }

    /// <summary>File name of each input that must fail, with the stage its error row names.</summary>
    public Dictionary<string, string> Failing { get; } = new(StringComparer.Ordinal);

    /// <summary>Inputs that are supported and must each give one JSON document.</summary>
    public int ExpectedDocuments => goodCount + VariedCopies + 8 + (CanReadUnreadable ? 1 : 0);

    /// <summary>Root may read a file with mode 000; anyone else gets an error row.</summary>
    public static bool CanReadUnreadable => Environment.UserName == "root";

    public void Dispose()
    {
        File.SetUnixFileMode(Path.Combine(Root, "hostile", "unreadable.txt"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.Delete(Root, recursive: true);
    }

    private static void Write(string dir, string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(dir, name), bytes);

    private static byte[] OneLine(string text, int length)
    {
        var flat = Regex.Replace(text, @"\s+", " ");
        var builder = new StringBuilder(length + flat.Length);
        while (builder.Length < length)
        {
            builder.Append(flat).Append(' ');
        }

        return Encoding.UTF8.GetBytes(builder.ToString(0, length));
    }

    private static string Deep(int levels) =>
        "<!DOCTYPE html><html><head><title>Deep page</title></head><body>"
        + string.Concat(Enumerable.Repeat("<div>", levels))
        + "<p>The agencies seized 1,200 kilograms of methamphetamine in March 2023.</p>"
        + string.Concat(Enumerable.Repeat("</div>", levels))
        + "</body></html>";

    private static byte[] Png() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89,
         0, 0, 0, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0D, 0x0A, 0x2D, 0xB4, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    private static byte[] Zip(string text)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readout.txt").Open());
            entry.Write(text);
        }

        return memory.ToArray();
    }

    /// <summary>The PDF with a standard-security /Encrypt dictionary in its trailer (a password nobody knows).</summary>
    private static byte[] Encrypted(byte[] pdf)
    {
        var latin = Encoding.Latin1.GetString(pdf);
        var at = latin.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = latin.IndexOf("<<", at, StringComparison.Ordinal) + 2;
        var hex = new string('A', 64);
        var encrypt = $" /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <{hex}> /U <{hex}> /P -44 >> /ID [<{hex[..32]}> <{hex[..32]}>] ";
        return Encoding.Latin1.GetBytes(latin[..open] + encrypt + latin[open..]);
    }
}
