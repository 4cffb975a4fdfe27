
namespace HlsdExtract.Contracts;

/// <summary>Turns one input format into plain text (lines, blank lines between blocks, "• " bullets).</summary>
public interface IFormatReader
{
    /// <summary>txt, html or pdf, as written to <c>source.format</c>.</summary>
    string Format { get; }

    /// <summary>File extensions (lower case, with dot) this reader takes.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Extracts text; throws <see cref="InvalidDataException"/> when the input is unusable.</summary>
    DecodedText Read(RawInput input);
}
