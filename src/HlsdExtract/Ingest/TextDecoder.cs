using System.Text;
using HlsdExtract.Contracts;

namespace HlsdExtract.Ingest;

/// <summary>
/// Decodes UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or detected from zero bytes)
/// and UTF-32 with BOM; text without a BOM that is not valid UTF-8 is Windows-1252 (the Latin-1
/// superset Western pages and word processors write), or the charset a page declares. Invalid
/// bytes become U+FFFD and are counted; it never throws.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes with the charset the source declares (HTML meta), when it names one .NET knows and no BOM overrides it.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (declaredCharset is null || HasBom(bytes) || Known(declaredCharset) is not { } encoding || encoding.CodePage is 65001 or 1200 or 1201)
        {
            return Decode(bytes);
        }

        return Run(encoding.WebName, bytes, fallback => WithFallback(encoding, fallback));
    }

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
            _ => Utf8OrWindows1252(bytes),
        };
    }

    /// <summary>
    /// UTF-8, unless more bytes are invalid UTF-8 than there are valid non-ASCII characters: then the
    /// text was written in Windows-1252 (a UTF-8 file with a few corrupt bytes stays UTF-8).
    /// </summary>
    private static DecodedText Utf8OrWindows1252(ReadOnlySpan<byte> bytes)
    {
        var utf8 = Run("utf-8", bytes, fallback => WithFallback(new UTF8Encoding(false, false), fallback));
        if (utf8.InvalidBytes == 0)
        {
            return utf8;
        }

        var validNonAscii = utf8.Text.Count(c => c > '\u007F' && c != '\uFFFD');
        return utf8.InvalidBytes > validNonAscii
            ? Run("windows-1252", bytes, fallback => WithFallback(Encoding.GetEncoding(1252), fallback))
            : utf8;
    }

    private static bool HasBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static Encoding? Known(string charset)
    {
        try
        {
            // Browsers read "iso-8859-1" and "us-ascii" as Windows-1252 (WHATWG Encoding).
            var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
            return name is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" ? Encoding.GetEncoding(1252) : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
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
