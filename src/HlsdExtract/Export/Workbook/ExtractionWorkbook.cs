using HlsdExtract.Export.Tables;

namespace HlsdExtract.Export.Workbook;

/// <summary><c>hlsd.xlsx</c> after an extract: sheets Documents, Facts, Entities and Dates, each a table's columns over every document's rows.</summary>
public static class ExtractionWorkbook
{
    public const string FileName = "hlsd.xlsx";

    public static string Write(string outputDirectory, Func<IEnumerable<DocumentTables>> documents)
    {
        var specs = new[]
        {
            SheetSpec.Of("Documents", ExtractionTables.Documents, documents),
            SheetSpec.Of("Facts", ExtractionTables.Quantities, documents),
            SheetSpec.Of("Entities", ExtractionTables.Entities, documents),
            SheetSpec.Of("Dates", ExtractionTables.Dates, documents),
        };
        var path = Path.Combine(outputDirectory, FileName);
        AtomicFile.Write(path, stream => WorkbookWriter.Write(stream, specs), onlyIfChanged: true);
        return path;
    }
}
