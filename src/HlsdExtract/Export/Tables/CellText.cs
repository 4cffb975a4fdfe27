using System.Globalization;
using HlsdExtract.Common;

namespace HlsdExtract.Export.Tables;

/// <summary>The one invariant text of a typed cell value, as the CSV tables write it.</summary>
public static class CellText
{
    public static string? Of(object? value) => value switch
    {
        null => null,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => Numbers.Format(d),
        double d => Numbers.Format(d),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"a cell cannot hold a {value.GetType().Name}", nameof(value)),
    };

    /// <summary>A full ISO date (yyyy-mm-dd) as a <see cref="DateOnly"/>; any other value (a month, a year, a week, null) as it is.</summary>
    public static object? DateOrText(string? value) =>
        value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : value;
}
