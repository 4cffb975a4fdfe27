using HlsdExtract.Common;

namespace HlsdExtract.Scoring;

/// <summary>
/// Combines already-hashed parts into a feature index (a multiply-xorshift mix), so a token's word,
/// shape and affixes are hashed once and reused by every feature template that mentions them.
/// </summary>
public static class FeatureMix
{
    /// <summary>FNV-1a of a string: the hash of a template name, a tag or a constant value.</summary>
    public static uint Of(ReadOnlySpan<char> value) => Fnv1a.Of(value);

    /// <summary>FNV-1a of the lower-cased value.</summary>
    public static uint OfLower(ReadOnlySpan<char> value) => Fnv1a.OfLower(value);

    public static uint Mix(uint a, uint b)
    {
        var h = (a * 0x9E3779B1u) ^ b;
        h ^= h >> 15;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        return h;
    }

    public static int Index(uint hash) => (int)(hash & (FeatureHasher.Size - 1));

    public static int Index(uint template, uint value) => Index(Mix(template, value));

    public static int Index(uint template, uint first, uint second) => Index(Mix(Mix(template, first), second));
}
