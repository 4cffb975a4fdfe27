using System.Text;
using HlsdExtract.Export;

namespace HlsdExtract.Diff.Output;

/// <summary>Writes diff.csv, diff.md, diff.html and diff.json into a folder, each atomically and only when its bytes change.</summary>
public static class DiffOutput
{
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<DiffReport> reports)
    {
        Directory.CreateDirectory(folder);
        var files = new (string Name, byte[] Bytes)[]
        {
            ("diff.csv", CsvTableWriter.ToBytes(DiffCsv.Build(reports))),
            ("diff.md", Encoding.UTF8.GetBytes(DiffMarkdown.Build(reports))),
            ("diff.html", Encoding.UTF8.GetBytes(DiffHtml.Build(reports))),
            ("diff.json", DiffJson.Build(reports)),
        };
        foreach (var (name, bytes) in files)
        {
            AtomicFile.Write(Path.Combine(folder, name), s => s.Write(bytes), onlyIfChanged: true);
        }

        return files.Select(f => Path.Combine(folder, f.Name)).ToList();
    }
}
