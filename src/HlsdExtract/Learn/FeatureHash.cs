namespace HlsdExtract.Learn;

/// <summary>
/// Builds one feature index without allocating: FNV-1a over "prefix=" and then the parts added
/// (lower-cased on the fly where asked), the same value <see cref="FeatureHasher.Index(string, ReadOnlySpan{char})"/> gives for the joined string.
/// </summary>
public struct FeatureHash
{
    private uint hash;

    public FeatureHash(string prefix)
    {
        hash = 2166136261u;
        Add(prefix.AsSpan());
        Add('=');
    }

    public readonly int Index => (int)(hash & (FeatureHasher.Size - 1));

    public FeatureHash Add(char c)
    {
        hash = (hash ^ c) * 16777619u;
        return this;
    }

    public FeatureHash Add(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return this;
    }

    public FeatureHash AddLower(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 16777619u;
        }

        return this;
    }
}
