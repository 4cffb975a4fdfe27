namespace HlsdExtract.Model;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
}
