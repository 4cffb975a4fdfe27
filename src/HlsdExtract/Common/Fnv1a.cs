namespace HlsdExtract.Common;

/// <summary>32-bit FNV-1a over UTF-16 code units: the one string hash of the learned models' features.</summary>
public static class Fnv1a
{
    public const uint Offset = 2166136261u;
    private const uint Prime = 16777619u;

    public static uint Of(ReadOnlySpan<char> value) => Append(Offset, value);

    /// <summary>The hash of what was hashed into <paramref name="hash"/> followed by <paramref name="value"/>.</summary>
    public static uint Append(uint hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    public static uint Append(uint hash, char c) => (hash ^ c) * Prime;

    /// <summary>The hash of the lower-cased value (invariant culture).</summary>
    public static uint OfLower(ReadOnlySpan<char> value)
    {
        var hash = Offset;
        foreach (var c in value)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }

        return hash;
    }
}
