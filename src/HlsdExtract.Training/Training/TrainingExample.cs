namespace HlsdExtract.Training;

/// <summary>One example for a linear model: its active (hashed) features and its class.</summary>
public sealed record TrainingExample(int[] Features, string Label);
