namespace HlsdExtract.Export;

/// <summary>A header and rows of already-formatted (invariant) cells.</summary>
public sealed class CsvTable(string fileName, IReadOnlyList<string> header)
{
    public string FileName { get; } = fileName;

    public IReadOnlyList<string> Header { get; } = header;

    public List<string?[]> Rows { get; } = [];

    public void Add(params string?[] cells)
    {
        if (cells.Length != Header.Count)
        {
            throw new ArgumentException($"{FileName}: {cells.Length} cells for {Header.Count} columns.");
        }

        Rows.Add(cells);
    }
}
