namespace HlsdExtract.Scoring;

/// <summary>Word shapes for learned features: letters as X/x, digits as d, other characters kept, runs collapsed ("Drug" is Xx, "DEA" is X, "FY2023" is Xd).</summary>
internal static class TokenFeatureShape
{
    public static string Of(string word) => Of(word, stackalloc char[32]).ToString();

    /// <summary>The shape written into <paramref name="buffer"/> (at most its length).</summary>
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var ch in word)
        {
            var c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsAsciiDigit(ch) ? 'd' : ch;
            if ((n == 0 || buffer[n - 1] != c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }
}
