using System.Globalization;

namespace HlsdExtract.Language.Dates;

/// <summary>English month lookup and ISO formatting shared by every date rule.</summary>
public static class DateParts
{
    /// <summary>Full names and abbreviations of <c>Data/en/months.tsv</c> ("Sept", "Oct."), case-insensitive.</summary>
    public static bool TryMonth(string name, out int month) => LanguageData.English.Months.TryGet(name, out month);

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1000 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static string Iso(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");

    public static string IsoMonth(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string LastDay(int year, int month) => Iso(year, month, DateTime.DaysInMonth(year, month));
}
