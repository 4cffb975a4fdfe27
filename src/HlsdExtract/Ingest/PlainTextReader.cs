using HlsdExtract.Pipeline;

namespace HlsdExtract.Ingest;

/// <summary>Plain text in any of the encodings <see cref="TextDecoder"/> knows; rejects binary files.</summary>
public sealed class PlainTextReader : IFormatReader
{
    public string Format => "txt";

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ".md", ""];

    public DecodedText Read(RawInput input)
    {
        var decoded = TextDecoder.Decode(input.Bytes.Span);
        if (LooksBinary(decoded.Text))
        {
            throw new InvalidDataException("input looks binary (NUL or control bytes), not text");
        }

        return decoded;
    }

    /// <summary>True when more than 1% of the first 8,000 characters are NUL or other C0 controls.</summary>
    internal static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8000));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c < ' ' && c is not '\n' and not '\r' and not '\t' and not '\f' and not '\v')
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls > Math.Max(1, sample.Length / 100);
    }
}
