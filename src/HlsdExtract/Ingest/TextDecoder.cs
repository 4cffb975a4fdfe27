using System.Text;

namespace HlsdExtract.Ingest;

/// <summary>
/// Decodes UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or detected from zero bytes)
/// and UTF-32 with BOM. Invalid bytes become U+FFFD and are counted; it never throws.
/// </summary>
public static class TextDecoder
{
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Run("utf-8-bom", bytes[3..], fallback => WithFallback(new UTF8Encoding(false, false), fallback));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Run("utf-32le", bytes[4..], fallback => WithFallback(new UTF32Encoding(false, false), fallback));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Run("utf-16le", bytes[2..], fallback => WithFallback(new UnicodeEncoding(false, false), fallback));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Run("utf-16be", bytes[2..], fallback => WithFallback(new UnicodeEncoding(true, false), fallback));
        }

        return LooksLikeUtf16(bytes) switch
        {
            1 => Run("utf-16le", bytes, fallback => WithFallback(new UnicodeEncoding(false, false), fallback)),
            2 => Run("utf-16be", bytes, fallback => WithFallback(new UnicodeEncoding(true, false), fallback)),
            _ => Run("utf-8", bytes, fallback => WithFallback(new UTF8Encoding(false, false), fallback)),
        };
    }

    private static Encoding WithFallback(Encoding encoding, DecoderFallback fallback)
    {
        var clone = (Encoding)encoding.Clone();
        clone.DecoderFallback = fallback;
        return clone;
    }

    private static DecodedText Run(string name, ReadOnlySpan<byte> bytes, Func<DecoderFallback, Encoding> make)
    {
        var fallback = new CountingDecoderFallback();
        var text = make(fallback).GetString(bytes);
        return new DecodedText(text, name, fallback.InvalidBytes);
    }

    /// <summary>0: not UTF-16; 1: little-endian; 2: big-endian (ASCII-heavy text without a BOM).</summary>
    private static int LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return 0;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05)
        {
            return 1;
        }

        return evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05 ? 2 : 0;
    }
}
