using HlsdExtract.Language.Dates;

namespace HlsdExtract.Ingest.Pdf;

/// <summary>PDF date strings ("D:20231005120000Z") to ISO dates.</summary>
internal static class PdfDates
{
    public static string? Iso(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var v = value.StartsWith("D:", StringComparison.Ordinal) ? value[2..] : value;
        return v.Length >= 8 && int.TryParse(v.AsSpan(0, 4), out var y) && int.TryParse(v.AsSpan(4, 2), out var m)
            && int.TryParse(v.AsSpan(6, 2), out var d) && DateParts.IsValid(y, m, d)
            ? DateParts.Iso(y, m, d)
            : null;
    }
}
