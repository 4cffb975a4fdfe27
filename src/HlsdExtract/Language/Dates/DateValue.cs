namespace HlsdExtract.Language.Dates;

/// <summary>A parsed date expression: contract <c>normalized</c>/<c>kind</c> and the days it covers.</summary>
public sealed record DateValue(string Normalized, string Kind, DateOnly? Start, DateOnly? End)
{
    public string? RangeStart => Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string? RangeEnd => End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
