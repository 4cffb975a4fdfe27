namespace HlsdExtract.Export.Workbook;

/// <summary><c>hlsd.xlsx</c> after an extract: sheets Documents, Facts, Entities and Dates, streamed from the combined CSVs.</summary>
public static class ExtractionWorkbook
{
    public const string FileName = "hlsd.xlsx";

    private static readonly (string Sheet, string Csv)[] Sheets =
        [("Documents", "documents.csv"), ("Facts", "quantities.csv"), ("Entities", "entities.csv"), ("Dates", "dates.csv")];

    public static string Write(string outputDirectory)
    {
        var specs = Sheets.Select(s => Path.Combine(outputDirectory, s.Csv)).Zip(Sheets)
            .Where(x => File.Exists(x.First))
            .Select(x => SheetSpec.ByColumnNames(x.Second.Sheet, CsvTableReader.Header(x.First), () => CsvTableReader.Rows(x.First)))
            .ToList();
        var path = Path.Combine(outputDirectory, FileName);
        AtomicFile.Write(path, stream => WorkbookWriter.Write(stream, specs), onlyIfChanged: true);
        return path;
    }
}
