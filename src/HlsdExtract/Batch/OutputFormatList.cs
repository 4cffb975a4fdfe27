using HlsdExtract.Export.Csv;
using HlsdExtract.Export.Formats;
using HlsdExtract.Export.Json;
using HlsdExtract.Export.Workbook;

namespace HlsdExtract.Batch;

/// <summary>Every output format (<see cref="IOutputFormat"/>), in the order the batch writes them; a new format is its folder under Export/ and one more line here.</summary>
public static class OutputFormatList
{
    public static readonly IReadOnlyList<IOutputFormat> All = [new JsonFormat(), new CsvFormat(), new XlsxFormat()];

    /// <summary>What <c>hlsd extract</c> writes when no <c>--format</c> is given.</summary>
    public static IReadOnlyList<IOutputFormat> Default { get; } = Named(["json", "csv"]);

    /// <summary>The formats with these names (case-insensitive), in <see cref="All"/>'s order; null when a name is unknown or none is given.</summary>
    public static IReadOnlyList<IOutputFormat>? TryNamed(IEnumerable<string> names)
    {
        var wanted = names.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0 || wanted.Any(n => All.All(f => f.Name != n)))
        {
            return null;
        }

        return All.Where(f => wanted.Contains(f.Name)).ToList();
    }

    public static IReadOnlyList<IOutputFormat> Named(IEnumerable<string> names) =>
        TryNamed(names) ?? throw new ArgumentException("unknown output format; known: " + string.Join(", ", All.Select(f => f.Name)));
}
