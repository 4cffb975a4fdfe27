using HlsdExtract.Export.Formats;

namespace HlsdExtract.Export.Workbook;

/// <summary>The analysts' workbook <c>hlsd.xlsx</c> (<see cref="ExtractionWorkbook"/>), built from every document's typed rows.</summary>
public sealed class XlsxFormat : IOutputFormat
{
    public string Name => "xlsx";

    public void WriteCombined(string outputDirectory, BatchTables tables) => ExtractionWorkbook.Write(outputDirectory, tables.Documents);
}
