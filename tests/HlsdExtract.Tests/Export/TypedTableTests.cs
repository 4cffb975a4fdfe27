using HlsdExtract.Export.Tables;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Export;

/// <summary>The typed tables: one column definition per table, values of the column's kind, one invariant text per value.</summary>
public sealed class TypedTableTests
{
    private static readonly Lazy<DocumentTables> Seed = new(() => DocumentTables.From(TestData.Run(TestData.Seed)));

    [Theory]
    [InlineData("documents.csv", "doc_id,source_path,sha256,format,title,meeting_date,location,source_url,retrieved_date,document_year,invalid_bytes,published_date")]
    [InlineData("blocks.csv", "doc_id,section_id,heading,heading_inferred,topic,goal,block_id,kind,start,end,text")]
    [InlineData("entities.csv", "doc_id,block_id,type,text,canonical,acronym,country,start,end,source,confidence,title")]
    [InlineData("dates.csv", "doc_id,block_id,text,normalized,kind,range_start,range_end,start,end")]
    [InlineData("quantities.csv", "doc_id,heading,topic,goal,block_id,text,value,unit,item,qualifier,operation,agencies,period,start,end,value_kg,sentence,repeat_of")]
    public void EachTableHasTheContractsColumnsInOrder(string file, string header) =>
        Assert.Equal(header, string.Join(",", ExtractionTables.PerDocument.Single(t => t.FileName == file).Header));

    [Fact]
    public void EveryCellOfARealDocumentHoldsAValueOfItsColumnsKind()
    {
        var t = Seed.Value;
        var problems = Kinds(ExtractionTables.Documents.Table, [t.Document])
            .Concat(Kinds(ExtractionTables.Blocks.Table, t.Blocks))
            .Concat(Kinds(ExtractionTables.Entities.Table, t.Entities))
            .Concat(Kinds(ExtractionTables.Dates.Table, t.Dates))
            .Concat(Kinds(ExtractionTables.Quantities.Table, t.Quantities))
            .ToList();
        Assert.Empty(problems);
        Assert.Contains(t.Quantities, q => ExtractionTables.Quantities.Table.Values(q)[6] is decimal);
        Assert.Contains(t.Dates, d => ExtractionTables.Dates.Table.Values(d)[3] is DateOnly);
    }

    [Theory]
    [InlineData("2023-10-05", true)]
    [InlineData("2023-10", false)]
    [InlineData("2023", false)]
    [InlineData("2023-W41", false)]
    [InlineData("2023-02-30", false)]
    [InlineData("2023-10-05T10:00", false)]
    public void OnlyAFullIsoDateBecomesADate(string value, bool isDate)
    {
        var cell = CellText.DateOrText(value);
        Assert.Equal(isDate, cell is DateOnly);
        Assert.Equal(value, CellText.Of(cell));
    }

    public static TheoryData<object?, string?> Texts => new()
    {
        { null, null },
        { "x", "x" },
        { 12, "12" },
        { 1.500m, "1.5" },
        { 46_100_000_000m, "46100000000" },
        { 0.95, "0.95" },
        { 0.123456, "0.1235" },
        { true, "true" },
        { new DateOnly(2023, 10, 5), "2023-10-05" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void EachValueHasOneInvariantText(object? value, string? text) => Assert.Equal(text, CellText.Of(value));

    [Fact]
    public void ACellOfAnUnsupportedTypeIsRefused() => Assert.Throws<ArgumentException>(() => CellText.Of(DateTime.MinValue));

    [Fact]
    public void ARowsTextsAreItsValuesTexts()
    {
        var table = new Table<(int N, string S)>("t.csv", [new("n", CellKind.Number, r => r.N), new("s", CellKind.Text, r => r.S)]);
        Assert.Equal(["n", "s"], table.Header);
        Assert.Equal(new string?[] { "7", "seven" }, table.Texts((7, "seven")));
    }

    private static IEnumerable<string> Kinds<TRow>(Table<TRow> table, IEnumerable<TRow> rows) =>
        rows.SelectMany(row => table.Columns.Zip(table.Values(row)))
            .Where(x => !Fits(x.First.Kind, x.Second))
            .Select(x => $"{table.FileName}.{x.First.Name}: {x.Second?.GetType().Name} in a {x.First.Kind} column")
            .Distinct();

    private static bool Fits(CellKind kind, object? value) => value is null || kind switch
    {
        CellKind.Number => value is int or decimal or double,
        CellKind.Date => value is DateOnly || (value is string s && CellText.DateOrText(s) is string),
        _ => value is string or bool,
    };
}
