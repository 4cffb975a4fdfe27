using System.Globalization;

namespace HlsdExtract.Language.Dates;

/// <summary>Month names and ISO formatting shared by every date rule.</summary>
public static class DateParts
{
    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>Full names and abbreviations ("Sept", "Oct."), case-insensitive.</summary>
    public static bool TryMonth(string name, out int month)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        for (var i = 0; i < Months.Length; i++)
        {
            if (key == Months[i] || (key.Length >= 3 && Months[i].StartsWith(key, StringComparison.Ordinal)
                && (key.Length == 3 || key == "sept")))
            {
                month = i + 1;
                return true;
            }
        }

        month = 0;
        return false;
    }

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1000 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static string Iso(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");

    public static string IsoMonth(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string LastDay(int year, int month) => Iso(year, month, DateTime.DaysInMonth(year, month));
}
