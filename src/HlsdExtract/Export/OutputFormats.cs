namespace HlsdExtract.Export;

[Flags]
public enum OutputFormats
{
    None = 0,
    Json = 1,
    Csv = 2,
    All = Json | Csv,
}
