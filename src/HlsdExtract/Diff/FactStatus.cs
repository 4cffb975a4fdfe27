namespace HlsdExtract.Diff;

public enum FactStatus
{
    Changed,
    Added,
    Dropped,
    Unchanged,
}
