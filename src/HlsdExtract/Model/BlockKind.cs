namespace HlsdExtract.Model;

public enum BlockKind
{
    Paragraph,
    Bullet,
}
