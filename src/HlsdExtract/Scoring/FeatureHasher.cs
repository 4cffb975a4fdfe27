namespace HlsdExtract.Scoring;

/// <summary>Maps feature strings to indices of a fixed 2^<see cref="Bits"/> space (FNV-1a), so features never need a vocabulary.</summary>
public static class FeatureHasher
{
    public const int Bits = 16;
    public const int Size = 1 << Bits;

    public static int Index(ReadOnlySpan<char> feature)
    {
        var hash = 2166136261u;
        foreach (var c in feature)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (Size - 1));
    }

    /// <summary>Index of "<paramref name="prefix"/>=<paramref name="value"/>" without building the string.</summary>
    public static int Index(string prefix, ReadOnlySpan<char> value)
    {
        var hash = 2166136261u;
        foreach (var c in prefix)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash = (hash ^ '=') * 16777619u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (Size - 1));
    }
}
