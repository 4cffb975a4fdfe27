using System.Text;
using HlsdExtract.Export;

namespace HlsdExtract.Diff.Output;

/// <summary>Writes trend.csv and trend.html into a folder, each atomically and only when its bytes change.</summary>
public static class TrendOutput
{
    public static IReadOnlyList<string> Write(string folder, TrendReport report)
    {
        Directory.CreateDirectory(folder);
        var files = new (string Name, byte[] Bytes)[]
        {
            (TrendCsv.FileName, CsvTableWriter.ToBytes(TrendCsv.Build(report))),
            (TrendHtml.FileName, Encoding.UTF8.GetBytes(TrendHtml.Build(report))),
        };
        foreach (var (name, bytes) in files)
        {
            AtomicFile.Write(Path.Combine(folder, name), s => s.Write(bytes), onlyIfChanged: true);
        }

        return files.Select(f => Path.Combine(folder, f.Name)).ToList();
    }
}
