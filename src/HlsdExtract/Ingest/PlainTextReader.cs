using System.Buffers;
using HlsdExtract.Contracts;

namespace HlsdExtract.Ingest;

/// <summary>
/// Plain text in any of the encodings <see cref="TextDecoder"/> knows, hard-wrapped lines rejoined
/// (<see cref="TextUnwrapper"/>); rejects binary files.
/// </summary>
public sealed class PlainTextReader : IFormatReader
{
    /// <summary>Control characters other than line ends, tabs and feeds: a text with many of them is binary.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public string Format => "txt";

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ""];

    public DecodedText Read(RawInput input)
    {
        var decoded = TextDecoder.Decode(input.Bytes.Span);
        if (LooksBinary(decoded.Text))
        {
            throw new InvalidDataException("input looks binary (NUL or control bytes), not text");
        }

        return decoded with { Text = TextUnwrapper.Unwrap(decoded.Text) };
    }

    /// <summary>True when more than 1% of the first 8,000 characters are NUL or other C0 controls.</summary>
    internal static bool LooksBinary(string text)
    {
        var length = Math.Min(text.Length, 8000);
        var sample = text.AsSpan(0, length);
        var controls = 0;
        for (var at = sample.IndexOfAny(Controls); at >= 0; at = sample.IndexOfAny(Controls))
        {
            controls++;
            sample = sample[(at + 1)..];
        }

        return length > 0 && controls > Math.Max(1, length / 100);
    }
}
