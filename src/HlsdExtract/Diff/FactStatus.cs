namespace HlsdExtract.Diff;

public enum FactStatus
{
    Changed,
    Added,
    Dropped,
    Unchanged,

    /// <summary>A pairing below the confidence bar: listed with both sides for an analyst, not counted as a change.</summary>
    Possible,
}
