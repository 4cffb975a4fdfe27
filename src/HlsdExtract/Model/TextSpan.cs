namespace HlsdExtract.Model;

/// <summary>A half-open range <c>[Start, End)</c> of character offsets into <see cref="Document.Text"/>.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public string Slice(string text) => text.Substring(Start, Length);

    /// <summary>The same characters as <see cref="Slice"/>, without allocating a string.</summary>
    public ReadOnlySpan<char> SliceSpan(string text) => text.AsSpan(Start, Length);
}
