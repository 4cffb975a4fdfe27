namespace HlsdExtract.Diff;

/// <summary>What a figure counts over; two figures of different kinds are different measures.</summary>
public enum PeriodKind
{
    /// <summary>The text does not say.</summary>
    Unstated,

    /// <summary>A running total since a start ("to date", "since its inception", "from 2017 to 2023").</summary>
    Cumulative,

    /// <summary>About one year: a fiscal or calendar year, "over the past year", since the last meeting.</summary>
    Window,

    /// <summary>One dated event ("In May 2023, ... trained 75 prosecutors").</summary>
    Event,
}
