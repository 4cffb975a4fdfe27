using HlsdExtract.Common;

namespace HlsdExtract.Scoring;

/// <summary>Maps feature strings to indices of a fixed 2^<see cref="Bits"/> space (FNV-1a), so features never need a vocabulary.</summary>
public static class FeatureHasher
{
    public const int Bits = 16;
    public const int Size = 1 << Bits;

    public static int Index(ReadOnlySpan<char> feature) => (int)(Fnv1a.Of(feature) & (Size - 1));

    /// <summary>Index of "<paramref name="prefix"/>=<paramref name="value"/>" without building the string.</summary>
    public static int Index(string prefix, ReadOnlySpan<char> value) =>
        (int)(Fnv1a.Append(Fnv1a.Append(Fnv1a.Of(prefix), '='), value) & (Size - 1));
}
