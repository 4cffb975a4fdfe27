using System.Text;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HlsdExtract.Export.Csv;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Properties;

/// <summary>Every string survives a trip through our CSV writer and a standard reader, and never reaches a spreadsheet as a formula.</summary>
public sealed class CsvCellProperties
{
    private static readonly string[] Awkward = ["=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", "\"", ",", ";", " ", "1", "-1", ".5", "A", "é", "😀", "=1+1", "@SUM", "-cmd"];

    /// <summary>Well-formed strings (a lone surrogate cannot be written as UTF-8 at all) leaning on the characters that break CSV.</summary>
    private static Arbitrary<string> Cells() =>
        Gen.OneOf(
                GluedText.Gen(Awkward),
                ArbMap.Default.GeneratorFor<string>().Select(s => Wellformed(s ?? string.Empty)))
            .ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property EveryCellRoundTripsAndIsNeverAFormula() =>
        Prop.ForAll(Cells(), Cells(), (first, second) =>
        {
            string[] header = ["a", "b"];
            string?[] row = [first, second];
            var bytes = CsvTableWriter.ToBytes(header, [row]);

            using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
            Assert.True(csv.Read());
            var read = new[] { csv.GetString(0), csv.GetString(1) };
            Assert.False(csv.Read());
            Assert.All(read, cell => Assert.False(CsvCells.IsDangerous(cell), $"dangerous cell {cell}"));
            Assert.Equal([first, second], read.Select(CsvCells.Unescape));
        });

    private static string Wellformed(string s)
    {
        var b = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                b.Append(s[i]).Append(s[++i]);
            }
            else if (!char.IsSurrogate(s[i]))
            {
                b.Append(s[i]);
            }
        }

        return b.ToString();
    }
}
