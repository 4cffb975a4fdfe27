namespace HlsdExtract.Diff.Output;

/// <summary>A row of diff.csv (and the workbook's Diff sheet): one aligned fact of one readout pair.</summary>
public sealed record DiffLine(DiffReport Report, AlignedFact Fact);
