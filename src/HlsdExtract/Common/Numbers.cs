using System.Globalization;

namespace HlsdExtract.Common;

/// <summary>Invariant, canonical number formatting: no trailing zeros, no exponent.</summary>
public static class Numbers
{
    public static decimal Canonical(decimal value) => value / 1.0000000000000000000000000000m;

    public static string Format(decimal value) => Canonical(value).ToString(CultureInfo.InvariantCulture);

    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
